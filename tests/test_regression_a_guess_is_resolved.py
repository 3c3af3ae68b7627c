"""A home-care service asked „Was denkst du: Was packt eine Pflegekraft morgens als Erstes
ins Auto?“, and the reply round offered only „Was steckt für Sie dahinter?“: nobody was told
the answer (r260). A question that asks for a guess is resolved in the replies.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "de": "Was denkst du: Was packt eine Pflegekraft morgens als Erstes ins Auto?",
    "en": "What do you think: what does a nurse pack first in the morning?",
}
RESOLVED = {"de": ("Lös in den Antworten auf", "Auflösung"), "en": ("Resolve", "the answer")}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_reply_round_gives_the_answer(language: str) -> None:
    question = QUESTIONS[language]
    topic = {"title": "Ein Vormittag auf Tour", "kind": "own", "questions": [question]}
    strategy = make(language=language, topics=[topic], channels={"instagram": {}})
    prompts = []
    for seq in range(4):
        rows = [
            {"channel": "instagram", "move": "ask", "start": "2027-04-15 18:00",
             "topic": topic["title"]},
            {"channel": "instagram", "move": "reply", "start": "2027-04-16 18:00",
             "topic": topic["title"], "follows": 0, "seq": seq},
        ]  # fmt: skip
        prompts.append(render(strategy, entries(strategy, rows))[1].prompt)
    assert all(any(word in p for word in RESOLVED[language]) for p in prompts), prompts


def test_an_opinion_is_no_guess() -> None:
    assert talk_of("Was denkst du über die neue Pflegereform?", "de") != "quiz"
    assert talk_of("What do you think of the new bus route?", "en") != "quiz"
