"""A translator's comment round said "Your contacts Priya Raman (…) may have posted".

One person was named with the plural meant for two. The round now says "Your contact" where
it names one.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Priya Raman,bluesky,@priyaraman.example.social,regular,2026-10-12,,,,Freelance work,\n"
TOPIC = "Freelance work"


def test_one_contact_is_no_contacts() -> None:
    people = parse_contacts((HEADER + ROW).encode(), "contacts.csv")
    topics = [{"title": TOPIC, "kind": "theme"}]
    strategy = make(
        language="en", topics=topics, channels={"bluesky": {"tags": ["#xl8", "#t9n"]}}
    ).with_people(people)
    named = []
    for n in range(4):  # each phrasing of the pointer to a contact, one plan at a time
        row = {"channel": "bluesky", "move": "comment", "topic": TOPIC, "seq": n,
               "start": "2027-03-02 09:00"}  # fmt: skip
        (entry,) = render(strategy, entries(strategy, [row]))
        named.append(entry.prompt)
    assert all("Priya" in text for text in named), named
    assert not [text for text in named if "contacts Priya" in text], named
