"""A Red Cross branch asked „Was hat {dich|Sie} bisher davon abgehalten, sich in einem Verein zu
engagieren?“ and its Instagram, which says „du“, read „dich … sich“ (r559): the „sich“ of the
clause after the comma is the one addressed. `validate` now says to write it in braces too.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make

#: A newsletter that says „Sie“ and an account that says „du“: both forms are printed.
BOTH = {"newsletter": {"address": "Sie"}, "instagram": {}}
QUESTION = "Was hat {dich|Sie} bisher davon abgehalten, sich in einem Verein zu engagieren?"


def test_the_clause_s_sich_is_refused_with_its_fix() -> None:
    goal = {"id": "a", "text": "Ehrenamt", "question": QUESTION}
    with pytest.raises(StrategyError) as refused:
        make(goals=[goal], channels=BOTH)
    assert "„{dich|sich} in einem Verein zu engagieren“" in str(refused.value)
    fixed = QUESTION.replace(", sich", ", {dich|sich}")
    assert make(goals=[{**goal, "question": fixed}], channels=BOTH).goals[0].question == fixed


@pytest.mark.parametrize(
    "question",
    [
        "Was hat sich bei {dir|Ihnen} seit dem Kurs verändert?",
        "Was hat {dich|Sie} überrascht, als sich alles änderte?",
    ],
)
def test_a_sich_of_someone_else_passes(question: str) -> None:
    goal = {"id": "a", "text": "Ehrenamt", "question": question}
    assert make(goals=[goal], channels=BOTH).goals[0].question == question
