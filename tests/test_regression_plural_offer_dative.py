"""A dental practice's prompt read „den Link zur Kennenlerntermine ohne Behandlung“.

The head word of a short form ended at „für“ or „mit“ but not at „ohne“, so „Behandlung“
made the plural feminine; and a plural after „zu den“ lacked its dative -n. Both are
told in Python now (:mod:`dialogplan.german_nouns`).
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import dative, genus


@pytest.mark.parametrize(
    ("noun", "gender", "in_dative"),
    [
        ("Kennenlerntermine ohne Behandlung", "pl", "Kennenlernterminen ohne Behandlung"),
        ("Aktionstage im Mai", "pl", "Aktionstagen im Mai"),
        ("Herbstferien", "pl", "Herbstferien"),
        ("Workshops", "pl", "Workshops"),
        ("Hoffest", "n", "Hoffest"),
        ("Sprechstunde nach Feierabend", "f", "Sprechstunde nach Feierabend"),
    ],
)
def test_plural_short_forms_take_the_dative(noun: str, gender: str, in_dative: str) -> None:
    assert genus(noun) == gender
    assert dative(noun) == in_dative
