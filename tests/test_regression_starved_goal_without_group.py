"""A goal without a group of its own was told to give its groups channel more time.

A wedding photographer's goal to be a familiar name in local planning groups named no
place, while the other goals of its Facebook groups channel named their groups. Work in
groups goes to the goals that name one, so the goal got no turn there for months, and
``check`` advised "Give Facebook groups more time", which changed nothing. It now says to
name one of the channel's groups for the goal, with the field to write.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make

GOALS = [
    {"id": "weddings", "text": "Wedding bookings", "where": ["Yorkshire Wedding Planning Chat"]},
    {"id": "community", "text": "A familiar name in local wedding groups"},
]
GROUPS = {"facebook-group": ["Yorkshire Wedding Planning Chat", "Harrogate Brides"]}


def advice(goals: list[dict[str, object]]) -> list[str]:
    strategy = make(
        goals=goals,
        channels={"facebook-group": {"goals": ["weddings", "community"]}},
        groups=GROUPS,
        hours_per_week=1,
    )
    found = check_plan(strategy, schedule_work(strategy))
    return [f.suggestion for f in found if f.code == "starved-goal" and "community" in f.message]


def test_a_goal_without_a_group_is_told_to_name_one() -> None:
    hints = advice(GOALS)
    assert hints
    assert all("goals[1].where: [Yorkshire Wedding Planning Chat]" in h for h in hints), hints


def test_naming_one_feeds_it() -> None:
    named = [GOALS[0], {**GOALS[1], "where": ["Harrogate Brides"]}]
    assert advice(named) == []
