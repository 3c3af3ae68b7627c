"""A dance school could not enter its spring ball from 19:30 to 01:00.

`validate` refused `time: "19:30-01:00"` as ending before it starts; balls, parties and
concerts run past midnight. An end before 06:00 and before the start is the next
morning's: the evening is invited to, nobody is asked to work during it, and it is not over
at 18:00 on its own day. "21:00-19:00" is still a slip.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.dates import format_clock
from dialogplan.errors import StrategyError
from dialogplan.schedule import schedule_work
from tests.test_prompt_context import contexts
from tests.test_threads import make

BALL = {"title": "Frühlingsball", "date": date(2027, 5, 15), "time": "19:30-01:00"}


def test_a_ball_runs_past_midnight() -> None:
    strategy = make(events=[BALL])
    assert format_clock("19:30-01:00", "de") == "19:30–1 Uhr"
    rows = [{"channel": "instagram", "move": "reply", "start": "2027-05-15 18:00"}]
    assert contexts(strategy, rows)(0)["event_soon"] is not None
    during = [e for e in schedule_work(strategy) if e.start.date() == date(2027, 5, 15)]
    assert not [e for e in during if e.start.hour >= 19]


def test_an_evening_that_ends_before_it_starts_is_still_refused() -> None:
    with pytest.raises(StrategyError, match="ends before it starts"):
        make(events=[{**BALL, "time": "21:00-19:00"}])
