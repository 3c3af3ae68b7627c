"""Reply rounds after a post that answered a question people ask said the team had asked it.

A vet practice's post answered „Welches Zeckenmittel ist das richtige für meinen Hund?“; its
reply round opened „Zurück zu eurer Frage von heute …: Ihr hattet gefragt: „Welches
Zeckenmittel …?““, and an architect's opened "See who answered your question". The post was
the team's answer: its comments add tips or ask more, and the round says so.
"""

from __future__ import annotations

from typing import Any

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "de": "Welches Zeckenmittel ist das richtige für meinen Hund?",
    "en": "Will internal insulation make my old house damp?",
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_round_after_an_answer_calls_it_one(language: str) -> None:
    topics = [{"title": "Zecken", "kind": "theme", "questions": [QUESTIONS[language]]}]
    strategy = make(language=language, topics=topics, channels={"facebook": {}})
    ask: dict[str, Any] = {"channel": "facebook", "move": "ask", "topic": "Zecken",
                           "start": "2027-03-02 09:00"}  # fmt: skip
    replies = [{**ask, "move": "reply", "follows": 0, "seq": n,
                "start": f"2027-03-02 1{n + 4}:00"} for n in range(4)]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, [ask, *replies]))[1:]]
    said = [text for text in texts if QUESTIONS[language] in text]
    assert said, texts
    for text in texts:
        assert "gefragt" not in text and "Frage war" not in text, text
        assert "your question" not in text and "answered your" not in text, text
