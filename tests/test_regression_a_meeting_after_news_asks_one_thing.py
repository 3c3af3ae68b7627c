"""Weeks after congratulating Helen on her new studio, a framer's meeting prompt said “start
there”, then “this time, ask what's new with Helen” about an older subject, then gave a line
on neither (r256). A meeting that follows news starts from the news alone; the older subject
waits for a later touch, and is not dated "then".
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = (
    "Helen Marsden,instagram,@helen,close,2026-11-18,Opened her own printmaking studio,"
    "2027-03-06,,Printmaker,the linocut series we framed for her winter show\n"
)


def test_the_meeting_after_news_starts_from_the_news_alone() -> None:
    strategy = make(language="en", channels={"instagram": {}}, months=3)
    people = parse_contacts((HEADER + ROW).encode(), "contacts.csv", strategy.keep_in_touch)
    strategy = strategy.with_people(people)
    rendered = build(strategy).entries
    meetings = [e.prompt for e in rendered if e.move == "meet" and "Helen" in e.prompt]
    after_news = [p for p in meetings if "congratulation" in p]
    assert after_news
    assert not [p for p in after_news if "linocut" in p], after_news
    assert not [p for p in meetings if "Last time it was" in p or " then;" in p], meetings
