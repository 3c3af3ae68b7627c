"""A radio's reply round two days after its open studio weekend said nothing about it.

The round answered comments on a post about volunteering, the weekend's own theme, and the
people commenting were the ones who might have come. English reply rounds looked back on an
event only on its day and the next; they now do whenever the calendar gives them one to look
back on, as German ones did.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Open Studio Weekend", "date": date(2027, 4, 24), "until": date(2027, 4, 25),
         "time": "10:00-16:00", "topics": ["Volunteering on air"]}  # fmt: skip


def test_a_reply_round_two_days_after_the_event_thanks_those_who_came() -> None:
    topic = {"title": "Volunteering on air", "kind": "theme"}
    strategy = make(language="en", events=[EVENT], topics=[topic], channels={"facebook": {}})
    on = {"channel": "facebook", "topic": topic["title"]}
    rows = [
        {**on, "move": "share", "start": "2027-04-26 18:00"},
        {**on, "move": "reply", "start": "2027-04-27 18:00", "follows": 0},
    ]
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert "Open Studio Weekend" in reply
    assert "came" in reply
