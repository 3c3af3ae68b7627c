"""Regression: invited on the last day to sign up, without a word about it (r407).

A digital mentors' initiative's newsletter invited its readers to a talk on 15 March, the day
its details said „Anmeldung bis 15. März“, and the reply round that evening still said „nur
mit Anmeldung“: read on the day, it looked like an invitation a day late. On the last day to
sign up, invitations say that today is the last day.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.calendar_hooks import Announcements
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TALK = {
    "title": "Infonachmittag: Betrug am Telefon erkennen",
    "date": date(2027, 3, 18),
    "url": "https://digitalpaten.example/betrug",
    "details": "Eintritt frei, Anmeldung bis 15. März in der Bücherei",
}
SAID = {"de": "heute der letzte Tag zur Anmeldung", "en": "today is the last day to sign up"}


@pytest.mark.parametrize(("day", "closes"), [(15, True), (14, False), (16, False)])
def test_the_last_day_to_sign_up_is_known(day: int, closes: bool) -> None:
    strategy = make(events=[TALK])
    found = Announcements(strategy, str)._event(strategy.events[0], date(2027, 3, day))
    assert found.closes_today is closes


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_announcement_on_that_day_says_so(language: str) -> None:
    details = "free, sign up by 15 March at the library" if language == "en" else TALK["details"]
    strategy = make(language=language, events=[TALK | {"details": details}],
                    channels={"facebook": {}})  # fmt: skip
    rows = [
        {"channel": "facebook", "move": "announce", "start": f"2027-03-{day:02} 09:00",
         "announce": TALK["title"], "seq": day}
        for day in (8, 15)
    ]  # fmt: skip
    early, last = render(strategy, entries(strategy, rows))
    assert SAID[language] in last.prompt
    assert SAID[language] not in early.prompt
