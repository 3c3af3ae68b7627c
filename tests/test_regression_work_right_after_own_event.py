"""A physiotherapy practice's reply round was planned at 19:10 on the last day of its back-
health days, which closed at 19:00.

Ten minutes after the doors closed it could neither invite to them any more nor look back on
them yet (work looks back an hour after an event ends), and the team was still clearing up.
No work is now planned in the hour after the team's own event either.
"""

from __future__ import annotations

from datetime import date, time

from dialogplan.schedule import schedule_work
from tests.test_threads import make

EVENT = {"title": "Rückenaktionstage", "date": date(2027, 5, 12), "until": date(2027, 5, 14),
         "time": "16:00-19:00"}  # fmt: skip


def test_no_work_in_the_hour_after_the_team_s_own_event() -> None:
    strategy = make(
        events=[EVENT],
        months=3,
        hours_per_week=6,
        channels={"instagram": {"windows": ["18:30-21:00"]}, "linkedin": {}},
    )
    evenings = [
        e
        for e in schedule_work(strategy)
        if date(2027, 5, 12) <= e.start.date() <= date(2027, 5, 14) and e.start.time() >= time(16)
    ]
    assert evenings
    assert not [e for e in evenings if e.start.time() < time(20)]
