"""Answers to "three nights midweek or a full week?" got "Good point! Where did you first run
into it?".

A narrowboat hire's topic said nothing of how people talk about it, so the reply round under
its question took a line for any answer. The question's own wording now tells what came back:
a pick ("… or …?") is asked what tipped it, a memory („Hast du schon einmal …?“) about the
moment, a side ("Should …?") for the case behind it.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of
from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize(
    ("question", "language", "talk"),
    [
        ("Would you rather try three nights midweek or a full week?", "en", "taste"),
        ("Have you ever worked a lock?", "en", "story"),
        ("Should tutors talk to a child's maths teacher?", "en", "debate"),
        ("How do you store your old family photos?", "en", ""),
        ("Hast du schon einmal bei einer Weinlese mitgeholfen?", "de", "story"),
        ("Cremig oder flüssig – wie mögt ihr euren Honig?", "de", "taste"),
    ],
)
def test_a_questions_wording_tells_its_answers(question: str, language: str, talk: str) -> None:
    assert talk_of(question, language) == talk


def test_the_reply_round_under_a_pick_asks_what_tipped_it() -> None:
    question = "Would you rather try three nights midweek or a full week?"
    topics = [{"title": "Our four boats", "kind": "own", "questions": [question]}]
    strategy = make(language="en", topics=topics, channels={"facebook": {}})
    rows = asked_and_followed("reply", 8, 2, channel="facebook", topic="Our four boats")
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
    under = [p for p in replies if question in p]
    assert under
    for prompt in under:
        assert "run into it" not in prompt
        assert "What made you say that" not in prompt
