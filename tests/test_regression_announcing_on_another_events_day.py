"""On the day of one event, the page announced another.

Reviewers of a fire brigade's and a children's bookshop's plans found the Facebook page
inviting to the summer fête on the morning of the youth taster day, and to the book club on
the morning of an author visit: a day of the team's own event belongs to that event. Other
events and offers are announced on other days, unless a day of an event is the last chance.
"""

from __future__ import annotations

from datetime import date

from dialogplan.schedule import schedule_work
from tests.test_threads import make

EVENTS = [
    {"title": "Taster day", "date": date(2027, 3, 17), "time": "10:00-12:00"},
    {"title": "Summer fete", "date": date(2027, 4, 10), "time": "15:00-22:00"},
]
OFFERS = [{"title": "Donations for the van", "from": date(2027, 3, 1),
           "until": date(2027, 8, 31)}]  # fmt: skip


def test_nothing_else_is_announced_on_an_events_day() -> None:
    strategy = make(language="en", events=EVENTS, offers=OFFERS,
                    channels={"facebook": {"days": ["wed", "sat"]}})  # fmt: skip
    announced = [p for p in schedule_work(strategy) if p.move == "announce"]
    assert announced
    days = {event["date"] for event in EVENTS}
    assert not [p for p in announced if p.start.date() in days]
