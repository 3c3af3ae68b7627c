"""A campsite's question split its verb across the braces, and validation let it through.

„Was würde{st du| Sie} zuerst fragen?“ reads „würdest du“ on the team's „du“ channels and
„würde Sie“ on its „Sie“ ones. A form now has to start at a word: validation names the
field and both readings.
"""

from __future__ import annotations

from dialogplan.voice import glued_forms
from tests.hostile import example, only_problem


def test_a_form_glued_to_the_word_before_is_refused() -> None:
    text = example("      - Welche Gruppe hat dir beruflich schon mehr gebracht als jeder Kurs?",
                   "      - Was würde{st du| Sie} zuerst fragen?")  # fmt: skip
    problem = only_problem(text)
    assert problem.path == "topics[0].questions[0]"
    assert "„würdest du“ and „würde Sie“" in problem.message
    assert "{würdest du|… Sie}" in problem.message


def test_whole_forms_pass() -> None:
    assert not glued_forms("Was {würdest du|würden Sie} zuerst fragen? {Dein|Ihr} Tipp?")
