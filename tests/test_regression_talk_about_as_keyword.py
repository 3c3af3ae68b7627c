"""A newsletter's round of replies wrote „(Stichwort: die Geschichte der ersten
Bürgersolaranlage 2011)“: the contacts file's `talk_about` pasted in as a form field.

It is now part of the sentence: „mit einer Rückfrage zu dem, was euch verbindet: …“.
"""

from __future__ import annotations

import dataclasses

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,talk_about\n"
    "Gerda Mahler,newsletter,,close,,die Geschichte der ersten Bürgersolaranlage 2011\n"
)


def test_what_the_team_shares_with_a_reader_is_no_keyword() -> None:
    strategy = make(channels={"newsletter": {}, "linkedin": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "newsletter", "move": "article", "start": "2027-03-01 09:00"}]
    rows += [
        {"channel": "newsletter", "move": "reply", "start": f"2027-03-{day:02d} 09:00",
         "follows": 0, "seq": day}
        for day in range(2, 14)
    ]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2) if e.move == "reply" else e
             for e in entries(strategy, rows)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, named) if e.move == "reply"]
    assert any("Bürgersolaranlage" in p for p in prompts)
    assert not [p for p in prompts if "Stichwort" in p]
