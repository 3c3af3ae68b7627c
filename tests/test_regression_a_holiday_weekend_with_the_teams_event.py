"""Regression: an Easter note "answer messages from Tuesday 30 March" before a showcase (r651).

A dance school's spring showcase was on Saturday 27 March, between Good Friday and Easter
Monday, and the plan joined the two holidays across that weekend into one break: the note
before it said the studio would answer again on Tuesday, and never named the showcase. The
weekend of the team's own event joins no holidays into a break.
"""

from __future__ import annotations

from datetime import date

from dialogplan.closed_days import breaks
from tests.test_threads import make

SHOWCASE = {"title": "Spring showcase", "date": date(2027, 3, 27), "time": "19:00-22:00"}


def test_the_weekend_of_an_event_is_no_break() -> None:
    spans = breaks(make(language="en", region="GB-ENG", events=[SHOWCASE]))
    assert not [b for b in spans if b.first <= date(2027, 3, 27) <= b.last]


def test_without_an_event_easter_is_one_break() -> None:
    spans = breaks(make(language="en", region="GB-ENG"))
    assert [(b.first, b.last) for b in spans if b.first == date(2027, 3, 26)] == [
        (date(2027, 3, 26), date(2027, 3, 29))
    ]
