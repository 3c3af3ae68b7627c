"""A prompt to the Chapel Allerton Scouts, who had asked the team about a badge visit, said
"Nothing in your notes says when you last spoke, so a short hello is a good start".

The contacts file only lacked the day. The prompt spoke of the team's records, and claimed
more than it knew. Without a day, the line now only says how to start.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Chapel Allerton Scouts,instagram,@scouts,loose,,,,,,a visit for their gardening badge\n"
)
RECORDS = ("notes", "on record", "Notizen")


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_contact_without_a_last_contact_day_is_not_looked_up_in_notes(language: str) -> None:
    strategy = make(language=language)
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": move, "start": f"2027-03-{n + 2:02d} 08:00"}
            for n, move in enumerate(["comment", "thank", "meet"] * 3)]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    for prompt in (e.prompt for e in render(strategy, named)):
        assert not any(word in prompt for word in RECORDS), prompt
