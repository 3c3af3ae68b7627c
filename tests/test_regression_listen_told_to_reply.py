"""A listening round on a screening's day said to reply under posts about club news.

„Cult Classics … is today: where one of these posts asks something it covers, reply and
mention it“ sat in a round that saves posts without writing, about shop and club news (a
cinema's reviewer). On an event's day a listening round now only welcomes a short reply where
someone asks what's on.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_listening_round_on_an_events_day_stays_a_listening_round() -> None:
    event = {"title": "Cult Classics night", "date": date(2027, 3, 12), "time": "19:30-22:00"}
    strategy = make(language="en", events=[event], area="Dundee", channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "listen", "start": "2027-03-12 09:00", "seq": n}
            for n in range(3)]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    on_the_day = [t for t in texts if "Cult Classics night" in t and "is today" in t]
    assert on_the_day, texts
    assert not [t for t in on_the_day if "reply and mention it" in t], on_the_day
