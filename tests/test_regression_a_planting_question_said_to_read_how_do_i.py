"""Regression: "'When is it safe to plant out in Exeter?' … is worded as a question people put
to you ("How do I …")" (r670 writer).

A garden studio's question was quoted beside the words of another of its questions, and its
writer could not find them in it. Each question's own words are quoted, up to five, and
where a question's cannot be, the general example stands beside them.
"""

from __future__ import annotations

from dialogplan.question_shapes import asker_words
from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

QUESTIONS = ["When is it safe to plant out in Exeter?", "How do I keep slugs off my hostas?"]


def test_each_question_is_quoted_with_its_own_words() -> None:
    assert asker_words(QUESTIONS[0], "en") == "When is it safe to"
    topic = {"title": "Planting out", "kind": "theme", "questions": QUESTIONS}
    strategy = make(language="en", topics=[topic], channels={"instagram": {}, "facebook": {}})
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert '("When is it safe to …", "How do I …")' in finding.suggestion, finding.suggestion
