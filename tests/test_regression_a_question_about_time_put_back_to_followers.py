"""Regression: „Wie viel Zeit muss ich für eine Parzelle in der Woche einplanen?“ was put to
followers (r486).

A garden club asked the question would-be plot holders ask it, as if the club did not know.
A question about how much of something the asker must give is one people ask the team: the
post answers it.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    "question",
    [
        "Wie viel Zeit muss ich für eine Parzelle in der Woche einplanen?",
        "Wie viele Stunden Gemeinschaftsarbeit muss ich im Jahr leisten?",
    ],
)
def test_a_question_about_what_the_asker_must_give_is_theirs(question: str) -> None:
    assert asks_the_team(question, "de")


def test_a_question_about_the_reader_is_not() -> None:
    assert not asks_the_team("Wie viel Zeit verbringst du in der Woche im Garten?", "de")
