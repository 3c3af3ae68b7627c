"""A garage's prompt read „schreib Freiwillige ein paar persönliche Zeilen“.

"Freiwillige Feuerwehr Wernthal" was taken for a person with the first name "Freiwillige",
and „von Freiwillige Feuerwehr Wernthal“ lacked its article and ending. An organisation
keeps its whole name; in German, one led by an adjective is quoted, which reads right after
any preposition.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name, spoken


@pytest.mark.parametrize(
    "name",
    ["Freiwillige Feuerwehr Wernthal", "Evangelische Kirchengemeinde Au", "Galway City Council"],
)
def test_an_organisation_has_no_first_name(name: str) -> None:
    assert first_name(name) == name


@pytest.mark.parametrize(
    ("name", "language", "said"),
    [
        ("Freiwillige Feuerwehr Wernthal", "de", "„Freiwillige Feuerwehr Wernthal“"),
        ("Tanzschule Lange", "de", "Tanzschule Lange"),
        ("Familie Wendling", "de", "Familie Wendling"),
        ("Jutta Rehlinger", "de", "Jutta Rehlinger"),
        ("Galway City Council", "en", "Galway City Council"),
    ],
)
def test_a_german_organisation_led_by_an_adjective_is_quoted(
    name: str, language: str, said: str
) -> None:
    assert spoken(name, language) == said
