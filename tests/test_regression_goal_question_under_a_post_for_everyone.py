"""A reply round under a Discofox question sent a commenter the schools' question.

„Wann planen Sie an Ihrer Schule den Abschlussball?“ is for teachers and parents, whom the
dance school reaches with its topic on ball preparation; it went to someone who had told of
their first Discofox, under a post for everyone. A goal with topics of its own asks its
question in reply rounds on those; a goal without any still asks in every round.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTION = "Wann plant ihr an eurer Schule den Abschlussball?"
GOALS = [
    {"id": "paare", "text": "Paare gewinnen"},
    {"id": "schulen", "text": "Schulen gewinnen", "who": "Eltern und Lehrkräfte",
     "question": QUESTION},
]  # fmt: skip


def asked(topics: list[object]) -> list[str]:
    strategy = make(goals=GOALS, topics=topics)
    rows = [
        {"channel": "instagram", "move": "reply", "start": f"2027-05-{day} 18:00",
         "topic": topic, "goal": "schulen"}
        for day, topic in (("10", "Discofox"), ("11", "Abschlussball"))
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    return [facts(i)["goal_question"] for i in range(len(rows))]


def test_a_goal_with_topics_of_its_own_asks_under_those() -> None:
    topics = ["Discofox", {"title": "Abschlussball", "goals": ["schulen"]}]
    assert asked(topics) == ["", QUESTION]


def test_a_goal_without_topics_of_its_own_asks_everywhere() -> None:
    assert asked(["Discofox", "Abschlussball"]) == [QUESTION, QUESTION]
