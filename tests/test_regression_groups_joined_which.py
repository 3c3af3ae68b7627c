"""A language school was told to help "in one of the groups you joined" on LinkedIn.

The strategy named no LinkedIn groups; the plan's first weeks had an entry to find and vet
two, and later group work left the team to remember which. Group work in the groups the
team joined now names the day it picked them.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make


def test_group_work_points_to_the_day_the_groups_were_picked() -> None:
    strategy = make(
        language="en",
        timezone="Europe/Dublin",
        topics=[{"title": "Speaking up in meetings", "kind": "theme"}],
        channels={"linkedin": {}},
    )
    entries = build(strategy).entries
    found = [e.start.date() for e in entries if e.move == "find-groups"]
    work = [e for e in entries if e.move in ("group-ask", "group-help")]
    assert found and work
    for entry in work:
        picked = max(d for d in found if d < entry.start.date())
        assert f"groups you picked on {picked:%A} {picked.day} {picked:%B}" in entry.prompt
