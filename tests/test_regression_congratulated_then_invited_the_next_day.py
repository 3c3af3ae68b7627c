"""A folk singer was congratulated on his new album on Instagram, then thanked for it and
invited to the pub's folk session the next morning (r606): two entries about him a day apart.
A message about an event waits a week after any entry that named the person.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from dialogplan.contacts import parse_contacts
from dialogplan.event_people import AFTER, BEFORE
from dialogplan.people_plan import EVENT_REST_DAYS
from tests.support import build
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = (
    "Ollie Gamlin,instagram,@olliegamlin,regular,2026-10-22,"
    "Releases his first album,2027-01-29,,Folk singer,the album he recorded for the folk session\n"
)


def test_an_event_message_keeps_a_week_from_the_last_one() -> None:
    events = [{"title": "Folk session", "date": date(2027, 2, 25), "time": "20:00"},
              {"title": "Folk session, March", "short": "the folk session",
               "date": date(2027, 3, 25), "time": "20:00"}]  # fmt: skip
    strategy = make(language="en", events=events, start=date(2027, 1, 11), months=3,
                    channels={"instagram": {"hours_per_week": 3}})  # fmt: skip
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    named = [e for e in build(strategy).entries if e.contact_row == 2]
    assert [e for e in named if e.contact_reason == "news"], [e.contact_reason for e in named]
    days = [(e.start.date(), e.contact_reason) for e in named]
    for (before, _), (day, why) in pairwise(days):
        if why in (BEFORE, AFTER):
            assert (day - before).days >= EVENT_REST_DAYS, days
