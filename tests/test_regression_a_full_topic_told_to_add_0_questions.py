"""A topic with all 12 of its questions, still short, was told "Add 0 questions (all 12)"."""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

WORDS = "oldest newest oddest largest smallest dearest cheapest toughest softest loudest"
QUESTIONS = [f"What is the {w} thing you ever mended at home?" for w in WORDS.split()]
QUESTIONS += ["Who taught you to mend?", "What would you never throw away?"]


def test_a_topic_with_all_its_questions_is_not_asked_for_none() -> None:
    topic = {"title": "Mending at home", "kind": "theme", "questions": QUESTIONS}
    strategy = make(language="en", months=6, hours_per_week=6, topics=[topic],
                    channels={"instagram": {}, "facebook": {}})  # fmt: skip
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert "Add 0" not in finding.suggestion, finding.suggestion
    assert "give it `months`" in finding.suggestion
