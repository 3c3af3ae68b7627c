"""Regression: „Sollte die Kohlgartenstraße vor der Schule eine Fahrradstraße werden?“ counted as
a question people ask the team.

A citizens' association's writer (r284) read validate's note that it is "asked in your own
posts only": a question that starts with „Sollte“ asks for views, whatever verb ends it.
"""

import pytest

from dialogplan.question_shapes import asks_the_team, talk_of


@pytest.mark.parametrize(
    "question",
    [
        "Sollte die Kohlgartenstraße vor der Schule eine Fahrradstraße werden?",
        "Sollten Mülleimer im Park öfter geleert werden?",
    ],
)
def test_a_should_question_is_a_debate(question: str) -> None:
    assert not asks_the_team(question, "de")
    assert talk_of(question, "de") == "debate"


def test_what_must_be_done_is_still_asked_of_the_team() -> None:
    assert asks_the_team("Wie oft muss die Säge geschärft werden?", "de")
