"""A pet-sitting team listed „Was muss mein Hund können, damit ihr ihn mitnehmt?“ and a
framer "How high should I hang pictures above a sofa?": questions people ask the team. Both
were read as questions for followers, and the second went out as the team's own follow-up
under a thread (r255, r256). A violin workshop's „Wird die Miete angerechnet, wenn wir das
Instrument später kaufen?“ was put to followers too, in the customers' own „wir“. All are now
read as questions the team answers. A question asking for people's own questions, in the
singular („Welche Frage wolltest du … stellen?“), is read as one that draws questions.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team, talk_of


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Was muss mein Hund können, damit ihr ihn mitnehmt?", "de"),
        ("Wie oft sollte ich die Öle nachbehandeln?", "de"),
        ("How high should I hang pictures above a sofa?", "en"),
        ("How often should I oil a wooden worktop?", "en"),
        ("Wird die Miete angerechnet, wenn wir das Instrument später kaufen?", "de"),
        ("Is the rent credited if we buy the violin later?", "en"),
    ],
)
def test_a_question_about_ones_own_ask_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Was muss ein Gassiservice dir sagen, bevor du ihm den Schlüssel gibst?", "de"),
        ("How high would you go for a first commission?", "en"),
        ("Würdest du kommen, wenn wir sonntags öffnen?", "de"),
    ],
)
def test_a_question_for_followers_stays_theirs(question: str, language: str) -> None:
    assert not asks_the_team(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Welche Frage wolltest du einer Pflegekraft schon immer einmal stellen?", "de"),
        ("Which question would you love to put to a nurse?", "en"),
    ],
)
def test_a_question_for_peoples_questions_draws_questions(question: str, language: str) -> None:
    """A home-care service's reply round under „Welche Frage wolltest du einer Pflegekraft schon
    immer einmal stellen?“ never said to answer the questions (r260)."""
    assert talk_of(question, language) == "questions"
