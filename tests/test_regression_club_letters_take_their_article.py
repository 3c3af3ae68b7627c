"""A chess club's prompts asked Dieter Voss „von SV Grünfeld“ for a first answer (r470).

A club known by its letters takes the article of the word they stand for: „vom SV“
(Sportverein), „von der SG“ (Spielgemeinschaft), as „vom TSV“ already did.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken


@pytest.mark.parametrize(
    ("contact", "said"),
    [
        ("SV Grünfeld – Dieter Voss", "Dieter Voss vom SV Grünfeld"),
        ("SC Lindenau – Eva Kern", "Eva Kern vom SC Lindenau"),
        ("MTV Hohenau – Ina Hahn", "Ina Hahn vom MTV Hohenau"),
        ("SG Auetal – Jana Roth", "Jana Roth von der SG Auetal"),
        ("DJK Wessenbach – Uwe Brand", "Uwe Brand von der DJK Wessenbach"),
    ],
)
def test_a_club_known_by_its_letters_takes_its_article(contact: str, said: str) -> None:
    assert spoken(contact, "de") == said
