"""A week's break left Instagram silent a day longer than it tolerates, with no note.

A choir blacked out half-term, Monday to Friday. Its Instagram's last visible post came on
the Thursday before, the Saturday and Sunday held only listening and the monthly review, and
the next comment came on the Saturday after: eight silent days where Instagram tolerates
seven, and no „back on …“ note, because the planner counted the weekend's open days as signs
of life. It now allows for a spacing on both sides of a break.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from flows.files import read_strategy
from tests.support import ROOT

CHOIR = ROOT / "tests" / "strategies" / "harbourside-voices.yaml"


def test_a_channel_silent_too_long_over_a_break_gets_its_away_note() -> None:
    strategy = read_strategy(Path(CHOIR))
    entries = schedule_work(strategy)
    gaps = [f for f in check_plan(strategy, entries) if f.code == "gap"]
    assert gaps == []
    away = [e for e in entries if e.move == "away" and e.channel == "instagram"]
    assert any(date(2027, 5, 24) <= e.start.date() < date(2027, 5, 31) for e in away), away
