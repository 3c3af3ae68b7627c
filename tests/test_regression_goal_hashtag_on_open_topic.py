"""A driving school's videos about the theory test carried #fahrangst.

The hashtag is where its goal for anxious drivers finds its people, and the theory-test
topic was left open to every goal, so every post on it could carry it. A post carries a
goal's hashtag only for that goal, or on a topic that names the goal itself.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "kurse", "text": "Sommerkurse füllen"},
    {"id": "ruhig", "text": "Als ruhige Fahrschule bekannt werden", "where": ["#fahrangst"]},
]
TOPICS = [
    {"title": "Theorieprüfung bestehen", "kind": "theme"},
    {"title": "Sicher im Stadtverkehr", "kind": "theme", "goals": ["ruhig"]},
]


def test_a_goals_hashtag_stays_off_an_open_topic_of_another_goal() -> None:
    strategy = make(
        goals=GOALS, topics=TOPICS, channels={"instagram": {"tags": ["#fahrschule", "#fahrangst"]}}
    )
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-03-02 09:00",
         "topic": "Theorieprüfung bestehen", "goal": "kurse"},
        {"channel": "instagram", "move": "ask", "start": "2027-03-09 09:00",
         "topic": "Theorieprüfung bestehen", "goal": "ruhig"},
        {"channel": "instagram", "move": "ask", "start": "2027-03-16 09:00",
         "topic": "Sicher im Stadtverkehr", "goal": "kurse"},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    theory, for_goal, declared = (facts(i)["rules"]["tags"] for i in range(3))
    assert "#fahrangst" not in theory
    assert "#fahrangst" in for_goal
    assert "#fahrangst" in declared
