"""A climbing park's trainer jobs closed on 31 March; on its opening day in April, listening
under #saisonjob still looked for trainers, and the jobs group was worked at the end of the
month (r242).

A goal that invites only to things that are over had its turns as before. Its work now ends a
week after the last of them (the thank-you rounds of that week are still its), and the other
goals take its turns; a channel that serves it alone keeps it.
"""

from __future__ import annotations

from datetime import date, timedelta

from dialogplan.schedule import schedule_work
from tests.test_threads import make

JOBS = {"title": "Trainerjobs Saison 2027", "from": date(2027, 3, 1), "until": date(2027, 3, 31)}
GOALS = [
    {"id": "trainer", "text": "Trainerinnen und Trainer finden", "invite": [JOBS["title"]]},
    {"id": "schulen", "text": "Schulklassen gewinnen"},
]


def test_the_goal_rests_a_week_after_its_offer_closed() -> None:
    strategy = make(goals=GOALS, offers=[JOBS], months=3, hours_per_week=4)
    entries = schedule_work(strategy)
    # Work that goes on with people met earlier (a meeting after a round of new contacts)
    # stays theirs.
    after = [
        e
        for e in entries
        if e.start.date() > JOBS["until"] + timedelta(days=7) and not (e.continues or e.follows_up)
    ]
    assert after
    assert not [e for e in after if e.goal == "trainer"]
    assert [e for e in entries if e.goal == "trainer"]


def test_a_channel_for_that_goal_alone_keeps_it() -> None:
    channels = {"linkedin": {"goals": ["trainer"]}, "instagram": {"goals": ["schulen"]}}
    strategy = make(goals=GOALS, offers=[JOBS], months=3, hours_per_week=4, channels=channels)
    linkedin = [e for e in schedule_work(strategy) if e.channel == "linkedin"]
    assert {e.goal for e in linkedin} == {"trainer"}
