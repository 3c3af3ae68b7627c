"""A bouldering gym's reply round under „Was hilft dir in der Lernphase, den Kopf
freizukriegen?“ asked whether it „ging schlecht aus“ and whether the person would do it again.

The topic was one of stories, but the question asked for what helps: tips came back. A
question that asks what helps people, or how they deal with something, now reads as one
of problems, whatever the topic's `talk`.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dialogplan.question_shapes import talk_of
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Was hilft dir in der Lernphase, den Kopf freizukriegen?"


@pytest.mark.parametrize(
    ("question", "language"),
    [(QUESTION, "de"), ("What helps you switch off after work?", "en"),
     ("How do you deal with exam stress?", "en")],
)  # fmt: skip
def test_a_question_about_what_helps_asks_for_tips(question: str, language: str) -> None:
    assert talk_of(question, language) == "problem"


def test_its_reply_round_takes_up_tips_not_stories() -> None:
    topic = {"title": "Lernphase", "kind": "theme", "talk": "story", "questions": [QUESTION]}
    strategy = make(topics=[topic], channels={"instagram": {}})
    rows = []
    for n in range(4):
        day = date(2027, 3, 1) + timedelta(days=45 * n)
        on = {"channel": "instagram", "topic": "Lernphase", "seq": n}
        rows += [
            {**on, "move": "ask", "start": f"{day} 08:00"},
            {**on, "move": "reply", "start": f"{day} 19:00", "follows": 2 * n},
        ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    replies = [p for p in prompts if QUESTION in p]
    assert replies
    assert not [p for p in replies if "schlecht aus" in p or "Erzählen" in p or "Geschichte" in p]
