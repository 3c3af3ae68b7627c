"""Regression: "'würden {ihr|Sie}' reads „würden ihr“ where the team says „du“: … as in {… ihr|
würden Sie}, the verb's other form in place of „…“" (r671 writer).

An insurance broker's writer got a puzzle where the fix beside it was spelled out. The „ihr“
form of a „Sie“ verb follows a rule, and the fix gives it.
"""

from __future__ import annotations

import pytest

from dialogplan.voice import ihr_form
from tests.hostile import example, only_problem


@pytest.mark.parametrize(
    ("verb", "form"),
    [("würden", "würdet"), ("haben", "habt"), ("können", "könnt"), ("arbeiten", "arbeitet"),
     ("möchten", "möchtet"), ("sind", "seid"), ("wissen", "wisst"), ("sammeln", "sammelt")],
)  # fmt: skip
def test_the_ihr_form_of_a_sie_verb(verb: str, form: str) -> None:
    assert ihr_form(verb) == form


def test_the_fix_gives_the_verb_s_ihr_form() -> None:
    text = example("      - Welche Gruppe hat dir beruflich schon mehr gebracht als jeder Kurs?",
                   "      - Wie würden {ihr|Sie} einen Sturmschaden am Dach melden?")  # fmt: skip
    problem = only_problem(text)
    assert "{würdet ihr|würden Sie}" in problem.message, problem.message
    assert "in place of „…“" not in problem.message, problem.message
