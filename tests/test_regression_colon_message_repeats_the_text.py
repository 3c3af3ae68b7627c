"""A question with ': ' in it was refused with "YAML read it as 'Was war schwerer: der Plattler
oder das Lampenfieber?'": the writer's own text again, which told two writers nothing
(r320, r326 writers). The message now says what YAML made of it: a key and its value.
"""

from __future__ import annotations

from tests.hostile import example, only_problem


def test_the_message_shows_the_key_and_value_yaml_made() -> None:
    old = "      - Welche Gruppe hat dir beruflich schon mehr gebracht als jeder Kurs?"
    new = "      - Was war schwerer: der Plattler oder das Lampenfieber?"
    problem = only_problem(example(old, new))
    assert "a key and its value ('Was war schwerer' and 'der Plattler oder" in problem.message
    assert '"Was war schwerer: der Plattler oder das Lampenfieber?"' in problem.message
