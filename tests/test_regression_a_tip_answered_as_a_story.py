"""A hospital radio asked "Where do young bands in Thornbridge get their first gig these
days?" under a topic of stories, and its reply round thanked people "for the story" and asked
"How did it go from there?" (r329); a walking club asked „Woran erkennst du ihn sicher?“ and
answered "by its smell" with „Danke dir! Wie kam es dazu?“ (r332).

An open question asks for a place, a sign, a figure or a way: the round takes up what came back
as that, whatever the topic's ``talk``.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_for
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

#: Per language: the question, what it asks for, and words of the line that takes it up.
CASES = [
    ("en", "Where do young bands in Thornbridge get their first gig these days?", "place",
     ("worth going there", "come across it")),
    ("de", "Wo hast du dieses Jahr die ersten Buschwindröschen gesehen?", "place",
     ("macht den Ort", "darauf gestoßen")),
    ("en", "How would you spot wild garlic in a beech wood?", "sign",
     ("find that out", "fooled you")),
    ("de", "Woran erkennst du Bärlauch sicher?", "sign", ("darauf gekommen", "getäuscht")),
]  # fmt: skip

STORY_LINES = ("the story", "How did it go from there", "What happened next", "Wie kam es dazu",
               "Wie ging es weiter", "Geschichte")  # fmt: skip


@pytest.mark.parametrize(("language", "question", "kind", "words"), CASES)
def test_an_open_question_says_what_it_asks_for(
    language: str, question: str, kind: str, words: tuple[str, ...]
) -> None:
    assert asks_for(question, language) == kind


@pytest.mark.parametrize(("language", "question", "kind", "words"), CASES)
def test_the_reply_round_takes_up_what_came_back(
    language: str, question: str, kind: str, words: tuple[str, ...]
) -> None:
    topic = {"title": "Frühling", "kind": "theme", "talk": "story", "questions": [question]}
    strategy = make(language=language, topics=[topic], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-04-07 18:00",
             "topic": "Frühling"}] + [
        {"channel": "instagram", "move": "reply", "start": f"2027-04-{day:02d} 18:30",
         "topic": "Frühling", "follows_up": "row0@test", "seq": day} for day in (8, 9, 10, 11)
    ]  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    for prompt in replies:
        assert not [line for line in STORY_LINES if line in prompt], prompt
    assert all(any(w in prompt for w in words) for prompt in replies), replies


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Was war für dich der schwierigste Moment im ersten Tauchkurs?", "de"),
        ("What was the hardest moment of your first dive?", "en"),
    ],
)
def test_a_question_for_a_moment_draws_stories(question: str, language: str) -> None:
    """A diving club's „schwierigster Moment“ drew „Schön! Wie bist du darauf gekommen?“ (r344)."""
    assert asks_for(question, language) == ""
