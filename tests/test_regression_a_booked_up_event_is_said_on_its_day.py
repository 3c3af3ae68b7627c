"""Regression: a brewery's reply round on the day of its pie night, bookings closed three days
before, said nothing of it, nor did the group's thank-you round (r577); 138 prompts of the
review strategies on the eve or the day of an event whose sign-up had closed did the same.
The team's own threads now say it is on, to the people who come, and invite nobody.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

DETAILS = {"en": "£15 for a pie and three thirds; book by 22 February",
           "de": "15 Euro für Pastete und drei Gläser; Anmeldung bis 22. Februar"}  # fmt: skip
SAID = {
    "en": re.compile("sign-up has closed"),
    "de": re.compile("Anmeldung ist geschlossen|anmelden kann man sich nicht mehr"),
}


def _rounds(language: str, day: str) -> list[str]:
    event = {"title": "Pie Night" if language == "en" else "Pastetenabend",
             "date": date(2027, 2, 25), "time": "19:00-22:00", "place": "Tanner's Row 4",
             "details": DETAILS[language]}  # fmt: skip
    strategy = make(language=language, events=[event], channels={"instagram": {}})
    row = {"channel": "instagram", "topic": "", "goal": "sichtbar"}
    rows = [{**row, "move": "ask", "start": "2027-02-22 18:00", "seq": n} for n in range(3)]
    rows += [{**row, "move": "reply", "start": f"{day} 11:00", "follows_up": "row0@test",
              "seq": 3 + n} for n in range(2)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))][3:]


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("day", ["2027-02-24", "2027-02-25"])
def test_a_reply_round_on_the_eve_or_the_day_says_it_is_on(language: str, day: str) -> None:
    rounds = _rounds(language, day)
    assert all(SAID[language].search(r) for r in rounds), rounds


@pytest.mark.parametrize("language", ["en", "de"])
def test_two_days_before_nothing_is_said(language: str) -> None:
    assert not any(SAID[language].search(r) for r in _rounds(language, "2027-02-23"))
