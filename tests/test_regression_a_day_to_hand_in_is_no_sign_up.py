"""A village library's flea market said „Bücherspenden bitte bis 6. März in der Ausleihe
abgeben“, and a reply round invited people with „Melde dich gern an“ (r475): the day was the
donors', not a sign-up. A deadline for handing something in leaves an event open to all.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.details import closing_day

MARKET = date(2027, 3, 13)


@pytest.mark.parametrize(
    ("details", "language", "closes"),
    [
        ("Bücherspenden bitte bis 6. März in der Ausleihe abgeben; Erlös für Kinderbücher",
         "de", None),
        ("Please drop off donations by 6 March; entries close 10 March", "en", date(2027, 3, 10)),
        ("Bitte bis 3. März anmelden, Eintritt frei", "de", date(2027, 3, 3)),
        ("Eintritt 5 Euro, Anmeldung bis 15. Februar", "de", date(2027, 2, 15)),
    ],
)  # fmt: skip
def test_a_day_to_hand_something_in_is_no_sign_up(
    details: str, language: str, closes: date | None
) -> None:
    assert closing_day(details, language, MARKET) == closes
