"""A cheesemonger's notes said Morag's café serves "the goat's cheese tart on her lunch menu",
and two thank-yous two weeks apart both started from it: „Thank you for … – how did it go in
the end?“ (r233). Touched once in the plan, a person is asked what has happened since, and
thanked for something new. The line to send says it to her: "your lunch menu".
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Morag Lindsay,facebook,https://example.com/morag,close,2026-11-20,,,,Café owner,{}\n"
TALK = {"en": "the goat's cheese tart on her lunch menu", "de": "ihre Ziegenkäse-Tarte"}
#: The same, as the line to her says it.
SAID = {"en": "the goat's cheese tart on your lunch menu", "de": "deine Ziegenkäse-Tarte"}
LATER = {
    "en": ("since we last spoke", "since last time"),
    "de": ("seit unserem letzten", "seit dem letzten Mal"),
}
FIRST = {
    "en": ("Start from that", "Pick up where", "A natural way in", "Good to bring up",
           "You already have"),
    "de": ("Knüpf daran an", "Worüber ihr", "Gesprächsstoff", "Ein guter Aufhänger"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_second_touch_asks_what_is_new(language: str) -> None:
    people = (HEADER + ROW.format(TALK[language])).encode()
    strategy = make(language=language, channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts(people, "contacts.csv"))
    for seq in range(3):
        rows = [{"channel": "facebook", "move": "thank", "seq": seq, "start": start}
                for start in ("2027-04-13 09:00", "2027-04-28 09:00")]  # fmt: skip
        first, second = (e.prompt for e in render(
            strategy, [replace(e, contact_row=2) for e in entries(strategy, rows)]))  # fmt: skip
        assert any(words in second for words in LATER[language]), second
        assert not any(words in second for words in FIRST[language]), second
        assert SAID[language] in first
