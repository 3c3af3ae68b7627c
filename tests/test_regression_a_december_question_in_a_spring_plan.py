"""Regression: the questions warning said "'…' only in December" in a plan of January to April,
and its writer had to work out that the question never came up at all (r674 writer).
"""

from __future__ import annotations

from datetime import date

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

DECEMBER = "What did you give your school for Christmas last year?"


def test_a_question_of_months_the_plan_does_not_reach_is_said_so() -> None:
    topic = {"title": "Solar on school roofs", "kind": "theme", "questions": [DECEMBER]}
    strategy = make(language="en", topics=[topic], channels={"instagram": {}, "facebook": {}},
                    start=date(2027, 1, 11), months=3)  # fmt: skip
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert "which this plan does not reach" in finding.suggestion, finding.suggestion
