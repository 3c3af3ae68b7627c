"""A group listed under groups got no work, and nothing said so.

A zero-waste shop listed four Facebook groups; its goals' places named three of them, and
work in groups goes to the groups a goal names where any does. „Zero Waste Freiburg“ appeared
in none of 169 prompts. ``check`` now notes a listed group that never gets work, and naming
it in a goal's places, as advised, gives it work.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_threads import make

GROUPS = {"facebook-group": ["Eltern in Wiehre", "Zero Waste Freiburg"]}


def _strategy(where: list[str]) -> Strategy:
    goals = [{"id": "kunden", "text": "Stammkundschaft", "where": where}]
    return make(goals=goals, groups=GROUPS, channels={"facebook-group": {}})


def _idle(strategy: Strategy) -> list[str]:
    found = check_plan(strategy, schedule_work(strategy))
    return [f.message for f in found if f.code == "unused-place"]


def test_a_listed_group_without_work_is_noted_until_a_goal_names_it() -> None:
    named = ["die Facebook-Gruppe Eltern in Wiehre"]
    idle = "The group 'Zero Waste Freiburg' never gets work on Facebook groups"
    assert _idle(_strategy(named)) == [idle]
    assert _idle(_strategy([*named, "die Facebook-Gruppe Zero Waste Freiburg"])) == []
