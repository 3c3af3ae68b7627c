"""A fishing club's reply round said „Komm gern vorbei: Das Schnupperangeln ist morgen“ though
its details said „Anmeldung bis 5. Mai“, three days before (r382). The last day to sign up
that an event's details give ends its invitations and its announcements, in German and
English; a deadline in brackets is for what the bracket is about.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.announcements import event_windows
from dialogplan.details import closing_day
from tests.test_threads import make

EVENT_DAY = date(2027, 5, 8)


@pytest.mark.parametrize(
    ("language", "details", "closes"),
    [
        ("de", "Für Kinder von 8 bis 14, Anmeldung bis 5. Mai", date(2027, 5, 5)),
        ("de", "Anmeldeschluss Mittwoch, 05.05.", date(2027, 5, 5)),
        ("en", "Register by Friday 30 April", date(2027, 4, 30)),
        ("en", "bookings close on 2 May", date(2027, 5, 2)),
        ("de", "Eintritt frei, Stände 5 Euro (Anmeldung bis 17. April)", None),
        ("de", "Anmeldung nötig", None),
    ],
)
def test_the_last_day_to_sign_up_is_read(language: str, details: str, closes: date) -> None:
    assert closing_day(details, language, EVENT_DAY) == closes


def test_announcements_end_when_sign_up_closes() -> None:
    taster = {"title": "Schnupperangeln", "date": EVENT_DAY,
              "details": "Für Kinder, Anmeldung bis 5. Mai"}  # fmt: skip
    (window,) = event_windows(make(events=[taster]))
    assert window.last == date(2027, 5, 5)
