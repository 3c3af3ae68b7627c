"""An IT firm's reply round on 2 April asked about "your free IT health check", an own topic only
its offer listed, two days after the offer closed (r700). An own subject that only the plan's
offers and events list is over when the last offer closes, or a week after the last event.
"""

from __future__ import annotations

from datetime import date, timedelta

from dialogplan.schedule import schedule_work
from tests.test_threads import make

CHECK = {"title": "Free IT health check", "from": date(2027, 3, 1), "until": date(2027, 4, 30),
         "topics": ["Our free IT health check"]}  # fmt: skip
TOPICS = [{"title": "Our free IT health check", "kind": "own"},
          {"title": "Microsoft 365 on a budget", "kind": "theme"}]  # fmt: skip


def test_the_offer_s_own_topic_ends_with_it() -> None:
    strategy = make(language="en", topics=TOPICS, offers=[CHECK], channels={"linkedin": {}})
    (subject, _) = strategy.topics
    assert strategy.topic_ends(subject) == CHECK["until"]
    days = [e.start.date() for e in schedule_work(strategy) if e.topic == subject.title]
    assert days
    assert max(days) <= CHECK["until"], max(days)


def test_an_event_s_own_topic_keeps_its_week_after() -> None:
    open_day = {
        "title": "Open day",
        "date": date(2027, 4, 10),
        "topics": ["Our free IT health check"],
    }
    strategy = make(language="en", topics=TOPICS, events=[open_day], channels={"linkedin": {}})
    assert strategy.topic_ends(strategy.topics[0]) == open_day["date"] + timedelta(days=7)
    assert strategy.topic_ends(strategy.topics[1]) is None
