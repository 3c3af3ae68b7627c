"""Regression: an optician's children's day said "book a slot by 17 March", and the reply round
of 19 March still invited parents to it, "tomorrow" (r589). "Book a slot by", „Termin buchen
bis“ and the like are the last day to sign up.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.details import closing_day


@pytest.mark.parametrize(
    ("details", "language", "closes"),
    [
        ("Free eye tests and frame try-ons; book a slot by 17 March", "en", date(2027, 3, 17)),
        ("Tours every hour, reserve your place by 15 March", "en", date(2027, 3, 15)),
        ("Eintritt frei; Termin buchen bis 17. März", "de", date(2027, 3, 17)),
    ],
)
def test_booking_a_slot_by_a_day_closes_sign_up(details: str, language: str, closes: date) -> None:
    assert closing_day(details, language, date(2027, 3, 20)) == closes
