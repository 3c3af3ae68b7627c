"""A photographer's Pinterest round said "Comment on two Pins about eloping in the Borders
under other people's Pins".

The place's phrase names the Pins, and so did the sentence around it. A sentence that says
what to comment on names only the platform as its place.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_pins_are_said_once() -> None:
    topics = [{"title": "Eloping in the Borders", "kind": "theme"}]
    strategy = make(language="en", topics=topics, channels={"pinterest": {}})
    rows = [{"channel": "pinterest", "move": "comment", "topic": topics[0]["title"], "seq": n,
             "start": f"2027-03-{1 + 3 * n:02d} 20:00"} for n in range(8)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert "under other people's Pins" not in prompt, prompt
