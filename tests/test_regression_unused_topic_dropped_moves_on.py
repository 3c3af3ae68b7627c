"""Dropping an unused topic, as advised, only handed the finding to the next one.

A dog groomer dropped the own topic the check said never came up; the same finding then
named her other own topic. Own posts take turns with every goal, so a topic meant for one
goal gets that goal's turns. The finding now tries naming each goal on the topic and offers
the one with which it comes up while every topic used now still is.
"""

from __future__ import annotations

import re

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_threads import make

GOALS = [{"id": "a", "text": "Regular customers"}, {"id": "b", "text": "Partners"}]
TOPICS = [f"Own subject {k}" for k in range(5)] + [{"title": "A theme", "kind": "theme"}]
NAMED = re.compile(r"topics\[(\d+)\]\.goals: \[(\w+)\]")


def _unused(strategy: Strategy) -> list[str]:
    found = check_plan(strategy, schedule_work(strategy))
    return [f.suggestion for f in found if f.code == "unused-topic"]


def test_the_goal_named_for_an_unused_topic_gives_it_a_turn() -> None:
    strategy = make(goals=GOALS, topics=TOPICS, months=3, hours_per_week=1.5,
                    channels={"instagram": {}})  # fmt: skip
    (suggestion,) = _unused(strategy)
    match = NAMED.search(suggestion)
    assert match, suggestion
    index, goal = int(match[1]), match[2]
    topics = list(strategy.topics)
    topics[index] = topics[index].model_copy(update={"goals": (goal,)})
    assert _unused(strategy.model_copy(update={"topics": topics})) == []
