"""Regression: "See who commented on the piece you shared earlier today" (r524).

The comments under a shared piece answer the question the share put to the team's
followers, and the English reply round named neither the piece nor the question. It now
quotes it, as the German one did.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

QUESTIONS = {
    "en": ["How did you get your child used to wearing a gumshield?",
           "How do you get a week's worth of mud out of white socks?"],
    "de": ["Wie hast du dein Kind an den Mundschutz gewöhnt?",
           "Wie bekommst du den Schlamm einer Woche aus weißen Socken?"],
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_round_quotes_the_shares_question(language: str) -> None:
    topic = {"title": "Muddy kit", "kind": "theme", "questions": QUESTIONS[language]}
    strategy = make(language=language, topics=[topic], channels={"facebook": {}})
    rows = asked_and_answered("facebook", ["2027-03-12"], "09:00", "18:00",
                              post="share", topic=topic["title"])  # fmt: skip
    asked = contexts(strategy, rows)(0)["question"]
    assert asked in QUESTIONS[language]
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert asked in reply, reply
