"""Regression: "One of their questions speaks to people as „du“ or „Sie“ only ('Kraut, Rüben
oder Pastinaken – welches Wintergemüse kommt bei euch auf den Tisch?')" (r661 writer).

A village shop's question said „euch“, neither „du“ nor „Sie“, and its writer was puzzled by
the message. It names „ihr“ among the forms.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

QUESTION = "Kraut, Rüben oder Pastinaken – welches Gemüse kommt bei euch auf den Tisch?"


def test_a_question_to_several_people_is_said_to_speak_ihr() -> None:
    topic = {"title": "Gemüse", "kind": "theme", "questions": [QUESTION]}
    strategy = make(topics=[topic], channels={"facebook": {"address": "Sie"}, "instagram": {}})
    (few,) = few_questions(strategy, schedule_work(strategy))
    assert "speaks to people as „du“, „ihr“ or „Sie“ only" in few.suggestion, few.suggestion
