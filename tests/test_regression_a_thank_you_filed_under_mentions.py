"""A cocktail bar's thank-you to a venue owner sent the team "under a recent post of theirs"
on Instagram, and the calendar filed it as "thank · mentions" (r540), the place of the round
that thanks whoever tagged the team. A thank-you to one person is filed where it is written:
under the posts of others.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.people_plan import name_people
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Philippa Leighton,instagram,@mardenbarn,close,2026-11-20,,,,Venue owner,\n"


def test_a_named_thank_you_is_filed_under_their_posts() -> None:
    strategy = make(language="en", channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "thank", "place": "mentions",
         "start": f"2027-03-{day:02d} 11:00"}
        for day in range(1, 29, 3)
    ]  # fmt: skip
    named = [e for e in name_people(strategy, entries(strategy, rows)) if e.contact]
    thanks = [e for e in named if e.move == "thank"]
    assert thanks
    assert {e.place for e in thanks} == {"feed"}
