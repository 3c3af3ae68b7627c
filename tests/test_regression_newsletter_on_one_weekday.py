"""A nature group's newsletter, sent on Saturdays only, got no issue in a whole quarter.

A newsletter's reply round takes the day after its issue, since answers come in over a
day; with one working day a week there was no later day, so no issue could be placed, and
only check's "thin, 0 minutes" and a 141-day gap said so. A channel worked on one day a
week now has its reply round the same day, later.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.schedule import schedule_work
from tests.test_threads import make


@pytest.mark.parametrize("day", ["mon", "fri", "sat"])
def test_a_newsletter_on_one_weekday_goes_out(day: str) -> None:
    newsletter = {"hours_per_week": 0.5, "days": [day]}
    strategy = make(
        start=date(2027, 1, 4), months=3, channels={"linkedin": {}, "newsletter": newsletter}
    )
    work = [e for e in schedule_work(strategy) if e.channel == "newsletter"]
    issues = [e for e in work if e.move != "reply"]
    assert len(issues) >= 6
    replies = [e for e in work if e.move == "reply"]
    assert all(
        r.start.date() == i.start.date() and r.start > i.end
        for r, i in zip(replies, issues, strict=False)
    )
