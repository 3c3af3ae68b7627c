"""A paddling club was called „Firth“ and its posts „Firth of Lorn Paddlers's“.

„Send Firth a few personal lines“: a name with „of“ in it was taken for a person's, and
the possessive put „'s“ after a plural. A lower-case word that is no name particle keeps a
name whole, and an English possessive after an s is an apostrophe.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name, possessive


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Firth of Lorn Paddlers", "Firth of Lorn Paddlers"),
        ("Ludwig van Beethoven", "Ludwig"),
        ("Ana de la Cruz", "Ana"),
        ("Hof am See", "Hof am See"),
    ],
)
def test_a_name_with_a_lower_case_word_that_is_no_particle_stays_whole(
    name: str, first: str
) -> None:
    assert first_name(name) == first


def test_a_possessive_after_an_s_is_an_apostrophe() -> None:
    assert possessive("Firth of Lorn Paddlers") == "Firth of Lorn Paddlers'"
    assert possessive("Priya") == "Priya's"
