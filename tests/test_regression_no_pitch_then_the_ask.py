"""A tenants' association's meeting note said "No pitch", then asked to join the committee.

The step "Say it's no sales pitch; you're simply curious" and the goal's own question to
take into the conversation came in one prompt; a reviewer read the pair as a contradiction.
Where the goal has its question to ask, that step is left out.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GOALS = [{"id": "committee", "text": "Find committee volunteers", "who": "tenants on the estate",
          "question": "Would you stand for the committee at the AGM?"}]  # fmt: skip


def test_a_meeting_with_an_ask_does_not_say_no_pitch() -> None:
    strategy = make(language="en", goals=GOALS, channels={"facebook": {}})
    texts = []
    for n in range(8):  # every step of the meeting note, one plan at a time
        row = {"channel": "facebook", "move": "meet", "seq": n, "start": "2027-03-09 11:00"}
        (entry,) = render(strategy, entries(strategy, [row]))
        texts.append(entry.prompt)
    assert [t for t in texts if "Would you stand for the committee" in t], texts
    assert not [t for t in texts if "No pitch" in t or "no sales pitch" in t], texts
