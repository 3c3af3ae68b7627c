"""Regression: "entries close 8 May" was not read as the last day to sign up (r416 writer).

A fencing club's competition said "entries close 8 May" in its details, which only "bookings
close" and "register by" were read as. A competition's entries close, have a deadline and a
closing date, as a German tournament has its „Meldeschluss“ or „Nennschluss“; a colon may
come between the words and the day.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.details import closing_day

OPEN = date(2027, 5, 15)


@pytest.mark.parametrize(
    ("details", "language", "closes"),
    [
        ("Open to all; entries close 8 May, £12 a weapon", "en", date(2027, 5, 8)),
        ("Entry deadline: 1 May", "en", date(2027, 5, 1)),
        ("Closing date for entries 30 April", "en", date(2027, 4, 30)),
        ("Meldeschluss 10. Mai, Startgeld 8 Euro", "de", date(2027, 5, 10)),
        ("Nennschluss: Freitag, 7. Mai", "de", date(2027, 5, 7)),
    ],
)
def test_a_competitions_deadline_is_read(details: str, language: str, closes: date) -> None:
    assert closing_day(details, language, OPEN) == closes
