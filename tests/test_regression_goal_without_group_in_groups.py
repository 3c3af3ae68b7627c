"""A roastery was sent to look for posts about barista training on a community noticeboard.

Work in groups took every goal of the channel in turn, and a goal whose places name none of
its groups (the barista apprenticeship) got a group all the same. Group work now goes to the
goals that name one of the channel's groups, where any does.
"""

from __future__ import annotations

from dialogplan.schedule import schedule
from tests.test_threads import make

GOALS = [
    {"id": "cupping", "text": "Home brewers at our cupping evenings",
     "where": ["the Facebook group Edinburgh Coffee Lovers"]},
    {"id": "apprentice", "text": "A barista apprentice for the summer"},
]  # fmt: skip


def test_group_work_goes_to_goals_that_name_the_groups() -> None:
    strategy = make(
        language="en",
        goals=GOALS,
        channels={"facebook-group": {}},
        groups={"facebook-group": ["Edinburgh Coffee Lovers"]},
    )
    in_groups = [e for e in schedule(strategy) if e.group]
    assert in_groups
    assert {e.goal for e in in_groups} == {"cupping"}
