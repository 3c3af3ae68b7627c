"""A reply round was planned in the middle of the team's own event.

A mobile dog groomer's care evening ran from 18:30 to 20:00, and the plan put an Instagram
reply round at 19:00 that day, inviting people to „come by, it's on now“: she was running
it. No work is planned while the team is at one of its own events (two hours where the
event gives only a start).
"""

from __future__ import annotations

from datetime import date, datetime, time

from dialogplan.schedule import schedule
from tests.test_threads import make

EVENTS = [
    {"title": "Pflege-Abend", "date": date(2027, 4, 22), "time": "18:30-20:00"},
    {"title": "Tag der offenen Tür", "date": date(2027, 5, 15), "time": "10:00"},
]
BUSY = {date(2027, 4, 22): (time(18, 30), time(20, 0)), date(2027, 5, 15): (time(10), time(12))}


def test_no_work_overlaps_the_team_s_own_events() -> None:
    evenings = {"instagram": {"windows": ["18:00-20:30"]}}
    strategy = make(events=EVENTS, hours_per_week=8, channels=evenings)
    for entry in schedule(strategy):
        day = entry.start.date()
        if day in BUSY:
            begin, end = (datetime.combine(day, t, entry.start.tzinfo) for t in BUSY[day])
            assert entry.end <= begin or entry.start >= end, entry
