"""Regression: "you'll pick up the answers at the weekday studio rate" (r517).

An own post asking an offer's question says first what it is asked for. For an event or a
weekly session the answers are picked up there; a podcast studio's weekday rate is no place,
and the line now says the question is about it.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

RATE = {"title": "Weekday studio rate", "short": "the weekday studio rate",
        "question": "Which weekday would you record on if the room were yours?",
        "start": date(2027, 3, 1), "until": date(2027, 6, 30), "topics": ["Nachfolge"]}  # fmt: skip
SAID = {"en": ("pick up the answers at", "about the weekday studio rate"),
        "de": ("Antworten mit", "Frage auf")}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_offers_question_is_said_to_be_about_it(language: str) -> None:
    strategy = make(language=language, offers=[RATE], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "seq": n, "topic": "Nachfolge",
             "start": f"2027-03-{1 + 7 * n:02d} 11:00"} for n in range(4)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    asked = [p for p in prompts if RATE["question"] in p]
    picked, about = SAID[language]
    assert asked, prompts
    assert not [p for p in asked if picked in p], asked
    assert all(about in p for p in asked), asked
