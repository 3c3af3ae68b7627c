"""A newsletter's reply round wrote to a reader in a fragment.

"One reader gets a personal e-mail either way: Reverend Tom Ashby – a line about the lunch
club's questions about WhatsApp, and one question back" pasted the contact file's fields
after a dash, with no verb. The line now says what to do: write to the reader about it and
ask one question back.
"""

from __future__ import annotations

import dataclasses

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CONTACTS = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Tom Ashby,newsletter,tom@example.org,regular,,,,,,the lunch club's questions about WhatsApp\n"
)


def test_the_reader_of_a_newsletter_reply_round_is_written_to_in_a_sentence() -> None:
    people = parse_contacts(CONTACTS.encode(), "contacts.csv")
    strategy = make(language="en", channels={"newsletter": {}}).with_people(people)
    rows = [{"channel": "newsletter", "move": "ask", "start": "2027-03-02 09:00"}] + [
        {"channel": "newsletter", "move": "reply", "start": f"2027-03-0{n} 09:00", "follows": 0}
        for n in range(3, 9)
    ]
    named = [dataclasses.replace(e, contact_row=2) if e.move == "reply" else e
             for e in entries(strategy, rows)]  # fmt: skip
    lines = [e.prompt for e in render(strategy, named) if "Tom Ashby" in e.prompt]
    assert lines, "a reply round writes to the reader the plan names"
    assert not [prompt for prompt in lines if "Tom Ashby –" in prompt]
    # What to talk about is brought up and followed up: the first two notes carry it.
    for prompt in lines[:2]:
        assert "ask about the lunch club's questions about WhatsApp" in prompt or (
            "today, about the lunch club's questions about WhatsApp" in prompt
        ), prompt
