"""An optician's newsletter closed with "Who can have a home eye test, and do I need a letter
from the GP?" as a question for its readers.

Readers would ask the optician that; they cannot answer it. Only a question that started
with "Do I need" counted as one people ask the team. Who may use what the team offers, and
the asker's "do I need" anywhere in the question, now count too.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    "question",
    [
        "Who can have a home eye test, and do I need a letter from the GP?",
        "Who can join the Saturday club?",
    ],
)
def test_who_may_use_it_is_asked_of_the_team(question: str) -> None:
    assert asks_the_team(question, "en")


def test_a_question_to_readers_stays_theirs() -> None:
    assert not asks_the_team("Who can remember their first pair of glasses?", "en")
