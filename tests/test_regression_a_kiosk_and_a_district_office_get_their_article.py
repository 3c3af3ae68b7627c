"""A snack bar's prompts named „Petra Giesecke von Quartiersmanagement Linden-Süd“ and „Hasan
Yıldız von Kiosk Limmerstraße“ (r356): without the article the names read as places. The
gender of „Management“, „Kiosk“, „Imbiss“ and „Salon“ is known.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Quartiersmanagement Linden-Süd – Petra Giesecke",
         "Petra Giesecke vom Quartiersmanagement Linden-Süd"),
        ("Kiosk Limmerstraße – Hasan Yıldız", "Hasan Yıldız vom Kiosk Limmerstraße"),
        ("Imbiss am Markt – Ole Brakel", "Ole Brakel vom Imbiss am Markt"),
        ("Friseursalon Schick – Anna Bauer", "Anna Bauer vom Friseursalon Schick"),
    ],
)  # fmt: skip
def test_the_organisation_gets_its_article(name: str, said: str) -> None:
    assert spoken(name, "de") == said
