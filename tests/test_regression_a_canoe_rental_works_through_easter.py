"""Regression: a canoe rental taking early bookings announced a pause over Easter.

Its reviewer (r268) read „dass es hier über die Feiertage ruhiger wird“ on the first long
weekend families plan outings, a break the team never declared. A team whose busiest days
are the public holidays says ``open_on_holidays``: the plan works through them and writes no
notes about a break on them; blackouts stay free.
"""

from datetime import date

from dialogplan.closed_days import blocked_days, breaks
from dialogplan.schedule import schedule
from tests.test_threads import make

EASTER = (date(2027, 3, 26), date(2027, 3, 29))  # Good Friday, Easter Monday
BLACKOUT = [{"from": date(2027, 3, 15), "to": date(2027, 3, 19), "reason": "Bootsinspektion"}]


def test_a_team_open_on_holidays_keeps_only_its_blackouts_free() -> None:
    strategy = make(region="DE-BB", open_on_holidays=True, blackout=BLACKOUT)
    assert not set(EASTER) & set(blocked_days(strategy))
    assert date(2027, 3, 17) in blocked_days(strategy)
    assert [b.reason for b in breaks(strategy)] == ["Bootsinspektion"]


def test_its_plan_works_on_easter_and_writes_no_note_about_it() -> None:
    strategy = make(region="DE-BB", open_on_holidays=True, months=2)
    plan = schedule(strategy)
    assert any(e.start.date() in EASTER for e in plan)
    assert not [e for e in plan if e.move == "away" and e.start.date() < date(2027, 4, 5)]


def test_a_team_that_says_nothing_keeps_easter_free() -> None:
    plan = schedule(make(region="DE-BB", months=2))
    assert not any(e.start.date() in EASTER for e in plan)
