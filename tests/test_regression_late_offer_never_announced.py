"""A tour that ran from June was never announced: the spring had spent every announcement.

Three writers of new strategies (a travel agency, a bookbinder, a zero-waste shop) found an
offer with no announcement at all, while the offer and the event before it had two or three.
Announcements went first come, first served: the spring tour's second mention and the Q&A's
reminder took what the channels could make. Now each event and offer in the horizon holds
one announcement before any gets a second.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_threads import make

OFFERS = [
    {"title": "Spring tour", "url": "https://example.org/spring",
     "from": date(2027, 3, 1), "until": date(2027, 4, 23)},
    {"title": "Autumn tour", "url": "https://example.org/autumn",
     "from": date(2027, 6, 1), "until": date(2027, 8, 31)},
]  # fmt: skip
EVENTS = [{"title": "Q&A for therapists", "date": date(2027, 4, 14)}]


def strategy() -> Strategy:
    return make(language="en", offers=OFFERS, events=EVENTS,
                channels={"facebook": {"hours_per_week": 1.5},
                          "newsletter": {"posts_per_week": 0.5}})  # fmt: skip


def test_every_offer_and_event_is_announced() -> None:
    told = Counter(p.announce for p in schedule_work(strategy()) if p.move == "announce")
    assert all(
        told[subject] >= 1 for subject in ("Spring tour", "Autumn tour", "Q&A for therapists")
    )


def test_the_check_finds_no_offer_unannounced() -> None:
    findings = check_plan(strategy(), schedule_work(strategy()))
    assert not [f for f in findings if f.code == "unannounced" and "no post" in f.message]


def test_the_event_keeps_its_reminder_before_an_offer_is_mentioned_twice() -> None:
    told = Counter(p.announce for p in schedule_work(strategy()) if p.move == "announce")
    assert told["Q&A for therapists"] == 2
