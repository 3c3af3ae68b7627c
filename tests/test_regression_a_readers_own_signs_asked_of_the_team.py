"""Regression: „Woran erkennt ihr, dass ein UV-Schutzstreifen am Vorsegel erneuert werden
muss?“ was told to be „a question people put to you“ (r653 writer).

A sailmaker asked sailors how they tell a worn strip, and validate said the plan would answer
it in the team's own posts. „Woran erkennt man …“ asks the trade; „Woran erkennt ihr …“
asks the readers about their own experience.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Woran erkennt ihr, dass ein UV-Schutzstreifen erneuert werden muss?", False),
        ("Woran merkt ihr, dass das Segel ausgeblasen ist?", False),
        ("Woran erkennt man, dass ein UV-Schutzstreifen erneuert werden muss?", True),
        ("Woran erkenne ich, dass das Segel ausgeblasen ist?", True),
    ],
)
def test_how_readers_tell_is_asked_of_them(question: str, expected: bool) -> None:
    assert asks_the_team(question, "de") is expected
