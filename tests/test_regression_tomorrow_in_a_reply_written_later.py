"""A multi-generation house's congratulation round said „Schau morgen nach, ob jemand
geantwortet hat … Schreibt dir jemand danach eine Nachricht an die Seite, erzähl dort vom
Vorbereitungstreffen morgen“ (r455): written after tomorrow's look, "tomorrow" is today.

A message the page writes back later names the event's day with its weekday and date.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MEETING = {"title": "Vorbereitungstreffen Sommerfest", "short": "Vorbereitungstreffen",
           "date": date(2027, 3, 17), "time": "18:00-19:30"}  # fmt: skip


@pytest.mark.parametrize(("language", "day"), [("de", "am Mittwoch, 17. März"),
                                               ("en", "on Wednesday 17 March")])  # fmt: skip
def test_the_page_names_the_day_in_a_later_reply(language: str, day: str) -> None:
    strategy = make(language=language, events=[MEETING], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "congratulate", "start": "2027-03-16 18:30"}]
    prompt = render(strategy, entries(strategy, rows))[0].prompt
    later = prompt.split("Schreibt dir jemand danach" if language == "de" else "message the page")[
        1
    ]
    assert day in later
    assert "morgen" not in later and "tomorrow" not in later
