"""Regression: „Ab welcher Schwangerschaftswoche sollte ich mit dem Kurs anfangen?“ (r446).

A midwives' practice wrote the question its clients ask; it went out as the practice's own
question to its followers. When the asker should do something, by a week or an age, it is
a question people ask the team, answered in its own post.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    "question",
    [
        "Ab welcher Schwangerschaftswoche sollte ich mit dem Kurs anfangen?",
        "Mit wie vielen Jahren kann ich mit dem Voltigieren anfangen?",
        "Bis zu welcher Woche darf ich noch schwimmen gehen?",
    ],
)
def test_when_should_i_asks_the_team(question: str) -> None:
    assert asks_the_team(question, "de")


def test_when_did_you_asks_the_reader() -> None:
    assert not asks_the_team("Ab welcher Woche hast du den Kurs angefangen?", "de")
