"""A gear-repair workshop's newsletter asked a reader "Can you wash a waterproof jacket
without ruining it?".

The team had listed it among the questions people ask it; without the asker's "I", it was
read as one to put to readers, and a reply round asked it of the one who wrote most. Whether
a thing can be done without harm, or whether it can be fixed, is asked of the trade.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Can you wash a waterproof jacket without ruining it?", "en"),
        ("Can a snapped tent pole be fixed on the hill?", "en"),
        ("Lässt sich ein kaputter Reißverschluss tauschen?", "de"),
        ("Kann das noch repariert werden?", "de"),
    ],
)
def test_know_how_questions_ask_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    "question", ["Can you remember your first tent?", "Can you recommend a good waterproof?"]
)
def test_questions_to_readers_stay_theirs(question: str) -> None:
    assert not asks_the_team(question, "en")
