"""A florist gave Pinterest exactly its 45 minutes and was told it gets 41.

„thin: Pinterest gets 41 minutes per week; it needs at least 45“ read as the check miscounting
the hours written. The work comes in whole pieces, which need not fill the minutes given; the
message now says so where the minutes given reach the minimum.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def thin(hours: float) -> str:
    strategy = make(channels={"pinterest": {"hours_per_week": hours}, "instagram": {}})
    found = check_plan(strategy, render(strategy, schedule_work(strategy)))
    return next(f.message for f in found if f.code == "thin" and f.channel == "pinterest")


def test_a_channel_given_its_minimum_says_why_it_plans_less() -> None:
    assert "whole pieces, which do not fill the 45 it is given" in thin(0.75)


def test_a_channel_given_less_says_only_what_it_gets() -> None:
    assert "pieces" not in thin(0.5)
