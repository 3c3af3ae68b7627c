"""An escape room's return offer was named in no prompt besides its announcement.

Its goal invites to "20% off your second room", yet the week's pointer to it went to a
meeting with a named contact, whose message is about that person and says nothing of offers;
and where a prompt did name it, as "20% off their second room", the calendar did not count
it. The pointer now goes to the week's next fitting entry, and the offer counts as named
however the prompt words its possessive.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

OFFER = "Second-room return offer"
PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Jess Tuckwell,instagram,@jess.solves,close,2027-02-01,,,,\n"
)


def test_a_meeting_with_a_named_contact_leaves_the_pointer_to_the_next_entry() -> None:
    strategy = make(
        language="en",
        goals=[{"id": "back", "text": "Bring groups back", "invite": OFFER}],
        offers=[{"title": OFFER, "short": "20% off your second room", "from": date(2027, 3, 1)}],
        channels={"instagram": {}},
    ).with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "meet", "start": "2027-03-09 18:00", "topic": ""},
        {"channel": "instagram", "move": "meet", "start": "2027-03-10 18:00", "topic": ""},
    ]
    named, generic = entries(strategy, rows)
    done = render(strategy, [dataclasses.replace(named, contact_row=2), generic])
    assert [entry.invites for entry in done] == ["", OFFER]
    assert "20% off their second room" in done[1].prompt
