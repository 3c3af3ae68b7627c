"""A studio's thank-you on a Wednesday pointed to its Saturday sessions as "next: Saturday".

The reader had to count to the date, and a calendar reader wanted it: from two days ahead,
the next time of something held every week now comes with its date, in both languages.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from dialogplan.calendar_hooks import Announcements
from dialogplan.dates import format_day
from dialogplan.prompt_templates import environment
from tests.test_threads import make
from tests.test_weekly_offers import club


@pytest.mark.parametrize(
    ("language", "macro", "said"),
    [
        ("en", "session", " (next: Thursday 11 March at 6:30 pm"),
        ("de", "termin", " (das nächste Mal am Donnerstag, 11. März, um 18:30 Uhr"),
    ],
)
def test_a_weekly_offer_two_days_ahead_gives_its_date(language: str, macro: str, said: str) -> None:
    strategy = make(language=language, timezone="Europe/London", offers=[club(language)])
    monday = datetime(2027, 3, 8, 9, 0)
    found = Announcements(strategy, partial(format_day, language=language))._current(
        "Thursday run club", monday
    )
    assert found is not None
    macros = environment().get_template(f"{language}/_macros.j2").module
    assert str(getattr(macros, macro)(found)).startswith(said)
