"""A group the strategy lists was called out of reach because its name says no "group".

A wedding photographer's goal to be a familiar name in local planning groups named
"Yorkshire Wedding Planning Chat" as its place, listed under ``groups`` for its Facebook
groups channel. ``check`` said no channel of the goal could visit it, while the prompts
worked in it. A listed group of a channel is a group, whatever its name.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make

CHAT = "Yorkshire Wedding Planning Chat"
GOALS = [{"id": "community", "text": "A familiar name among couples", "where": [CHAT]}]


def unused(groups: list[str]) -> list[str]:
    strategy = make(goals=GOALS, channels={"facebook-group": {}},
                    groups={"facebook-group": groups})  # fmt: skip
    return [f.message for f in check_plan(strategy, schedule_work(strategy))
            if f.code == "unused-place"]  # fmt: skip


def test_a_listed_group_is_within_reach_of_its_channel() -> None:
    assert unused([CHAT]) == []


def test_an_unlisted_place_without_group_in_its_name_still_is_not() -> None:
    assert [CHAT in m for m in unused(["Harrogate Mums and Dads"])] == [True]
