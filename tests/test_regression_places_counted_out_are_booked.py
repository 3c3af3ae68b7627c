"""An organ builder's Girls' Day had „vier Plätze“, and the reply round under its question
told everyone „Schön, wir sehen uns am Donnerstag, 22. April“ (r380). Places counted out,
or said to be limited, mean people book first.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make


@pytest.mark.parametrize(
    ("language", "details"),
    [
        ("de", "Für Schülerinnen ab Klasse 5, vier Plätze"),
        ("de", "Plätze begrenzt"),
        ("en", "Limited places, for girls in year 7 and up"),
        ("en", "Spaces are limited"),
    ],
)
def test_an_event_with_few_places_is_booked(language: str, details: str) -> None:
    day = {"title": "Girls' Day", "date": date(2027, 4, 22), "details": details}
    strategy = make(language=language, events=[day], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "announce", "announce": "Girls' Day",
             "start": "2027-04-01 09:00", "topic": ""}]  # fmt: skip
    assert contexts(strategy, rows)(0)["announce"].booking
