"""Regression: „Wohin weicht ihr aus …?“ answered as a debate (r419).

An Alpine club asked under a topic of debates (bird-protection closures at the crags) where
people go when the rocks are closed, and the reply round told the team to argue its side: „Was
spricht für dich am meisten dafür?“. A question for a place, a person or a time under a topic
of debates draws answers of that kind, not sides; a yes or no still takes one.
"""

from __future__ import annotations

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTIONS = {
    "de": ("Wohin weicht ihr aus, wenn im Frühjahr die Felsen gesperrt sind?",
           "Sind die Sperrzeiten an den Felsen gut erklärt?"),
    "en": ("Where do you go climbing when the crags are closed in spring?",
           "Are the closures at the crags explained well enough?"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_place_question_draws_no_sides(language: str) -> None:
    place, yes_or_no = QUESTIONS[language]
    talks = []
    for question in (place, yes_or_no):
        topic = {"title": "Closures", "kind": "theme", "talk": "debate", "questions": [question]}
        strategy = make(language=language, topics=[topic], channels={"facebook": {}})
        rows = [
            {"channel": "facebook", "move": "ask", "start": "2027-03-02 09:00",
             "topic": "Closures"},
            {"channel": "facebook", "move": "reply", "start": "2027-03-02 19:00",
             "topic": "Closures", "follows": 0},
        ]  # fmt: skip
        facts = contexts(strategy, rows)
        assert facts(0)["question"] == question
        talks.append(facts(1)["topic_talk"])
    assert talks == ["", "debate"]
