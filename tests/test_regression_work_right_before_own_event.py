"""A record shop's reply round was planned for 19:00–19:10 on the evening of its own listening
night at 19:30 (r235), and a running shop's at 18:00 before its 18:30 birthday run (r231): the
team is setting up then. No work is planned in the hour before its own event.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from dialogplan.schedule import schedule_work
from tests.test_threads import make

NIGHT = {"title": "Listening night", "date": date(2027, 3, 25), "time": "19:30-22:00"}


def test_no_work_in_the_hour_before_the_teams_own_event() -> None:
    # Its windows open at 18:45, within the hour before the night.
    strategy = make(language="en", timezone="Europe/London", events=[NIGHT], hours_per_week=5,
                    channels={"instagram": {"windows": ["18:45-21:00"]}})  # fmt: skip
    entries = schedule_work(strategy)
    that_day = [e for e in entries if e.start.date() == NIGHT["date"]]
    setup = datetime.combine(NIGHT["date"], time(18, 30), tzinfo=entries[0].start.tzinfo)
    assert not [e for e in that_day if e.end > setup and e.start < setup + timedelta(hours=5)]
    # The work of that week is planned on other days, not lost.
    week = [e for e in entries if abs((e.start.date() - NIGHT["date"]).days) <= 3]
    assert week
