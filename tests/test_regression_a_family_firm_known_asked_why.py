"""Regression: „Danke dir! Woran liegt das?“ after „Kennst du noch einen Familienbetrieb, in dem
drei Generationen mitschaffen?“ (r667).

A winery asked whom people knew, and the reply round asked for a reason. A question of whom
people know draws names, with „noch“ or without.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of


@pytest.mark.parametrize(
    "question",
    [
        "{Kennst du|Kennen Sie} noch einen Familienbetrieb, in dem drei Generationen mitschaffen?",
        "Kennt ihr auch jemanden, der gern kellnert?",
    ],
)
def test_a_question_of_whom_people_know_draws_names(question: str) -> None:
    assert talk_of(question, "de") == "referral"
