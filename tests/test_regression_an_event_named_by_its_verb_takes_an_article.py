"""Regression: „Komm gern vorbei: ‚Anpaddeln‘ ist am Samstag, 24. April“.

A blind reviewer (r268) read the event's name in quotes without its article, and a brass
band's writer „‚Maibaumaufstellen‘ ist am Samstag“. An event named by its verb („das
Anpaddeln“) is neuter, and the year after a name („Anpaddeln 2027“, „Kurse 2027“) names the
edition, not the thing.
"""

import pytest

from dialogplan.german_nouns import dative, genus


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Anpaddeln", "n"),
        ("Anpaddeln 2027", "n"),
        ("Anradeln", "n"),
        ("Sommerfest 2027", "n"),
        ("Maibaumaufstellen", "n"),
        ("Vorspielen", "n"),
        ("Musizieren im Park", "n"),
    ],
)
def test_the_gender_of_an_event_named_by_its_verb_or_with_its_year(name: str, gender: str) -> None:
    assert genus(name) == gender


def test_a_plural_with_its_year_takes_the_dative_n_on_the_noun() -> None:
    assert dative("Kurse 2027") == "Kursen 2027"
