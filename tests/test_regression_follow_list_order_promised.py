"""A bouldering gym's meeting prompt promised that the accounts it followed on 15 March
„stehen oben, wenn du nach Datum sortierst“.

They do only if the team followed nobody since, and two reviewers said so. The prompt now says
where to look – the follow list, sorted by date – without promising where they stand.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_meeting_after_new_follows_promises_no_order() -> None:
    strategy = make(channels={"instagram": {}})
    rows = []
    for n in range(6):
        on = {"channel": "instagram", "seq": n, "topic": ""}
        rows += [
            {**on, "move": "connect", "start": f"2027-03-{1 + n:02d} 11:00"},
            {**on, "move": "meet", "start": f"2027-04-{1 + n:02d} 11:00", "continues": 2 * n},
        ]
    meets = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "meet"]
    assert [p for p in meets if "nach Datum sortiert" in p]
    assert not [p for p in meets if "stehen sie oben" in p or "findest sie oben" in p]
