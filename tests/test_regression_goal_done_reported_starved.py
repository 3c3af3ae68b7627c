"""A youth football club's referees goal invited only to its information evening on 24 March;
validate then warned "Goal 'referees' gets no move from 2027-04-01 to 2027-05-31: give Facebook
page, Facebook groups, Instagram more time" (r245's writer).

A goal's work ends a week after the last thing it invites to, so no more time would change
that: the check no longer counts the months after it as starved.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make

EVENING = {"title": "Referee information evening", "date": date(2027, 3, 24)}
GOALS = [
    {"id": "referees", "text": "More referees", "invite": [EVENING["title"]]},
    {"id": "parents", "text": "Parents who stay involved"},
]


def test_a_goal_whose_work_is_done_is_not_starved() -> None:
    strategy = make(language="en", goals=GOALS, events=[EVENING], months=3, hours_per_week=4)
    findings = check_plan(strategy, schedule_work(strategy))
    assert not [f for f in findings if f.code == "starved-goal"], findings
