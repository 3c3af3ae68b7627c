"""A zero-waste shop asked „Was wolltet ihr schon immer über einen Unverpackt-Laden wissen?“, and
its reply rounds asked back („Danke dir! Wie kam es dazu?“) with nothing answered, and fell back
on „schreib eure eigene Antwort darunter“ (r230). People asked for their questions send
questions: the rounds after it answer them, in German and English.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

ASKED = {
    "de": "Was wolltet ihr schon immer über einen Unverpackt-Laden wissen?",
    "en": "What have you always wanted to know about a zero-waste shop?",
}
#: What each move says, in either of its wordings, where the questions are answered.
ANSWERS = {
    ("de", "reply"): ("Beantworte jede Frage", "Gib auf jede Frage"),
    ("en", "reply"): ("Answer each question", "give each a short, honest answer"),
    ("de", "story"): ("Beantworte", "beantworte sie"),
    ("en", "story"): ("nswer the question", "answer the one"),
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_question_asks_for_questions(language: str) -> None:
    assert talk_of(ASKED[language], language) == "questions"


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("move", ["reply", "story"])
def test_the_rounds_after_it_answer_the_questions(language: str, move: str) -> None:
    topic = {"title": "Ladenalltag", "questions": [ASKED[language]]}
    strategy = make(language=language, topics=[topic], channels={"facebook": {}}, voice="wir")
    for seq in range(2):
        link = "follows" if move == "reply" else "continues"
        rows = [
            {"channel": "facebook", "move": "ask", "topic": "Ladenalltag", "seq": seq,
             "start": "2027-03-16 09:00"},
            {"channel": "facebook", "move": move, "topic": "Ladenalltag", link: 0, "seq": seq,
             "start": "2027-03-18 18:00"},
        ]  # fmt: skip
        ask, after = (e.prompt for e in render(strategy, entries(strategy, rows)))
        assert "Favorit" not in ask
        assert "favourite" not in ask
        assert any(words in after for words in ANSWERS[language, move]), after
        assert "Wie kam es dazu" not in after
