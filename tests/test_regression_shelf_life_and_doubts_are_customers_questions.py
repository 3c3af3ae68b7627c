"""A zero-waste shop put „Wie lange halten Hülsenfrüchte und Nüsse im Glas wirklich?“ to its
followers, after sharing „euren eigenen Favoriten“ (r230): how long its goods keep is what
customers ask the shop, and so are the doubts they bring to the counter („Ist unverpackt nicht
viel teurer als im Supermarkt?“). Both are answered in the team's own posts now.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie lange halten Hülsenfrüchte und Nüsse im Glas wirklich?", "de"),
        ("Ist unverpackt nicht viel teurer als im Supermarkt?", "de"),
        ("How long do lentils really keep in a jar?", "en"),
        ("Isn't buying loose much dearer than the supermarket?", "en"),
    ],
)
def test_shelf_life_and_doubts_are_asked_of_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie lange halten eure Laufschuhe?", "de"),
        ("How long do you keep a pair of running shoes?", "en"),
        ("Ist dir das nicht zu teuer?", "de"),
    ],
)
def test_the_same_about_the_reader_stays_theirs(question: str, language: str) -> None:
    assert not asks_the_team(question, language)


def test_an_own_post_answers_how_long_the_goods_keep() -> None:
    question = "Wie lange halten Hülsenfrüchte und Nüsse im Glas wirklich?"
    topic = {"title": "Vorratsküche", "kind": "theme", "questions": [question]}
    strategy = make(topics=[topic], channels={"facebook": {}}, voice="wir")
    rows = [{"channel": "facebook", "move": "ask", "topic": "Vorratsküche",
             "start": "2027-03-16 09:00"}]  # fmt: skip
    prompt = render(strategy, entries(strategy, rows))[0].prompt
    assert question in prompt
    assert "Favoriten" not in prompt
    assert "beantwort" in prompt.lower()
