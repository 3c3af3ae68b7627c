"""A new Instagram account's listening prompt opened „New to Instagram? Notice who answers
whom“ before saying what to do.

Two reviewers read the pacing tip as boilerplate in front of the task. The action now comes
first, the tip for a new channel second. The connect tip no longer mentions a note, which an
Instagram follow does not have.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_new_channel_s_tip_follows_the_action() -> None:
    strategy = make(language="en", channels={"instagram": {"new": True}})
    rows = [
        {"channel": "instagram", "move": move, "start": f"2027-03-{day:02d} 18:00", "seq": day,
         "warm_up": True}
        for day in range(1, 13)
        for move in ("listen", "connect")
    ]  # fmt: skip
    rendered = [e for e in render(strategy, entries(strategy, rows)) if e.warm_up]
    tipped = [e.prompt for e in rendered if "new to instagram" in e.prompt.lower()]
    assert tipped
    assert not [p for p in tipped if p.startswith(("New to", "You're new", "While you're new"))]
    assert not [e.prompt for e in rendered if e.move == "connect" and "your note" in e.prompt]
