"""Nine minutes of a chess club's budget went to no channel, and advice raised the total anyway.

Every channel had hours of its own, 2.85 of the 3 hours a week; nothing said so, and a
finding's advice for 15 more minutes on the Facebook page raised the total to 3.25. The
check now names idle minutes, and advice for more time uses them before the total grows.
"""

from __future__ import annotations

from dialogplan.findings import Severity
from dialogplan.neglect import check_plan
from dialogplan.trials import budget_after, idle_minutes, with_more_minutes
from tests.test_threads import make

CHANNELS = {"facebook": {"hours_per_week": 1.35}, "newsletter": {"hours_per_week": 1.5}}


def test_idle_minutes_are_named() -> None:
    strategy = make(hours_per_week=3, channels=CHANNELS)
    assert round(idle_minutes(strategy)) == 9
    (found,) = [f for f in check_plan(strategy, ()) if f.code == "idle-minutes"]
    assert found.severity == Severity.INFO
    assert found.message.startswith("9 minutes of the 3 hours a week go to no channel")
    assert "lower hours_per_week to 2.85" in found.suggestion


def test_advice_for_more_time_uses_them_first() -> None:
    strategy = make(hours_per_week=3, channels=CHANNELS)
    advice = budget_after(strategy, ["facebook"], 15)
    assert advice == "channels.facebook.hours_per_week 1.35 → 1.6, hours_per_week 3 → 3.1"
    assert budget_after(strategy, ["facebook"], 5) == "channels.facebook.hours_per_week 1.35 → 1.44"
    assert with_more_minutes(strategy, ["facebook"], 5).hours_per_week == 3


def test_a_budget_split_to_the_minute_has_none() -> None:
    strategy = make(hours_per_week=3, channels={"facebook": {"share": 0.5}, "newsletter": {}})
    assert idle_minutes(strategy) == 0
    assert not [f for f in check_plan(strategy, ()) if f.code == "idle-minutes"]
