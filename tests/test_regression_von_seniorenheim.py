"""Regression: „Petra Vogt von Seniorenheim Am Mühlbach“ (r483), „Dr. Anja Feldkamp von
Kreisklinikum Bornstedt“ (r487).

A person from a home, a clinic or a shop is „vom“ it: the gender of the organisation's word
was unknown, and the name went without its article.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Seniorenheim Am Mühlbach – Petra Vogt", "Petra Vogt vom Seniorenheim Am Mühlbach"),
        ("Kreisklinikum Bornstedt – Anja Feld", "Anja Feld vom Kreisklinikum Bornstedt"),
        ("Hospiz Lahntal – Jonas Brandt", "Jonas Brandt vom Hospiz Lahntal"),
        ("Blumengeschäft Rosa – Eva Lind", "Eva Lind vom Blumengeschäft Rosa"),
    ],
)
def test_a_person_from_a_home_or_a_clinic_is_vom_it(name: str, said: str) -> None:
    assert spoken(name, "de") == said
