"""Regression: an allotment society was offered `announce_first: true` with 60 more minutes
on its Facebook page, or the same 60 minutes without it, and could not tell what going first
added (r587 writer; an animal shelter's too, r578). Going first is suggested only where it
needs fewer minutes than announcing the offer without it.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import parse_strategy
from tests.support import ROOT

SOCIETY = ROOT / "tests" / "strategies" / "allotment-society-waiting-list.yaml"


def test_going_first_is_not_offered_for_the_same_minutes() -> None:
    strategy = parse_strategy(SOCIETY.read_text("utf-8"), SOCIETY.name)
    (finding,) = [
        f
        for f in check_plan(strategy, schedule_work(strategy))
        if f.code == "unannounced" and "'Join the waiting list'" in f.message
    ]
    assert "announce_first" not in finding.suggestion, finding.suggestion
    assert finding.suggestion.startswith("Give Facebook page 60 more minutes"), finding.suggestion
