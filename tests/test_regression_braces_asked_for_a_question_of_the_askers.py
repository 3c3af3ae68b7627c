"""Regression: `validate` asked for braces in a question people ask the team (r630 writer).

A courier co-op listed „Brauche ich ein eigenes Rad, um bei euch mitzufahren?“, a question
riders ask it, and the same warning that said so told the writer to write it in „{du|Sie}“
forms: „euch“ there is the co-op, and the question keeps the asker's words.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_question_people_ask_the_team_is_not_told_to_take_braces() -> None:
    asked = "Brauche ich ein eigenes Rad, um bei euch mitzufahren?"
    topic = {"title": "Mitfahren", "kind": "theme", "questions": [asked]}
    strategy = make(topics=[topic], channels={"instagram": {}, "newsletter": {"address": "Sie"}},
                    months=3)  # fmt: skip
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert "is worded as a question people put to you" in finding.suggestion
    assert "braces" not in finding.suggestion, finding.suggestion
