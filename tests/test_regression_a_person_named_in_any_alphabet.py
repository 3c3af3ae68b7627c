"""A paediatric practice's contact „Familienzentrum Hohenzaber – Gül Aydın“ was named as it
stood, „das Familienzentrum Hohenzaber – Gül Aydın“: her name's letters were not German
ones, so it did not read as a person's (r311 writer).
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("Familienzentrum Hohenzaber – Gül Aydın", "Gül Aydın vom Familienzentrum Hohenzaber"),
        ("Café Kaskade – Zoë Łukasz", "Zoë Łukasz vom Café Kaskade"),
    ],
)
def test_a_person_with_letters_of_any_alphabet_is_a_person(row: str, said: str) -> None:
    assert spoken(row, "de") == said
