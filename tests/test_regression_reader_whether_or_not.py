"""„… persönlich, ob mit oder ohne Antwort auf die Ausgabe“ read as the tool's own logic.

Reviewers of a zero-waste shop's and a cinema's plans quoted "One reader gets a personal
e-mail either way" and „ob mit oder ohne Antwort auf die Ausgabe“ as seams; a charity's,
"whether or not Rosie replied". The line to the reader a newsletter's reply round names now
just says to write to them today.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CONTACTS = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Rosie Tanner,newsletter,rosie@example.org,regular,,,,,,\n"
)
SEAMS = ("whether or not", "either way", "ob mit oder ohne", "in jedem Fall")


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_reader_line_says_what_to_do(language: str) -> None:
    people = parse_contacts(CONTACTS.encode(), "contacts.csv")
    strategy = make(language=language, channels={"newsletter": {}}).with_people(people)
    rows = [{"channel": "newsletter", "move": "ask", "start": "2027-03-02 09:00"}] + [
        {"channel": "newsletter", "move": "reply", "start": f"2027-03-0{n} 09:00", "follows": 0}
        for n in range(3, 9)
    ]
    named = [dataclasses.replace(e, contact_row=2) if e.move == "reply" else e
             for e in entries(strategy, rows)]  # fmt: skip
    lines = [e.prompt for e in render(strategy, named) if "Rosie" in e.prompt]
    assert lines
    assert not [p for p in lines if any(seam in p for seam in SEAMS)], lines
