"""Regression: "→ Give Newsletter more time." under a starved goal (r657 writer).

A farm's goal of keeping its box customers got no work in a month, and the suggestion named
no figure and no field where every other one did. It now names the fewest more minutes on
one of the goal's channels with which the goal gets work that month, tried on a copy.
"""

from __future__ import annotations

import re
from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.trials import with_more_minutes
from tests.test_threads import make

FIX = re.compile(r"^Give Newsletter (?P<extra>\d+) more minutes a week \(.*newsletter\.hours_per")


def test_a_starved_goal_is_told_the_minutes_that_feed_it() -> None:
    strategy = make(
        hours_per_week=4,
        start=date(2027, 1, 11),
        months=3,
        goals=[{"id": "neu", "text": "Neue Abos"}, {"id": "treue", "text": "Abokunden halten"}],
        channels={
            "instagram": {"hours_per_week": 3.9, "goals": ["neu"]},
            "newsletter": {"goals": ["treue"], "posts_per_week": 0.5},
        },
    )
    (starved,) = [f for f in check_plan(strategy, schedule_work(strategy))
                  if f.code == "starved-goal"]  # fmt: skip
    fix = FIX.match(starved.suggestion)
    assert fix, starved.suggestion
    trial = with_more_minutes(strategy, ["newsletter"], int(fix["extra"]))
    assert not [f for f in check_plan(trial, schedule_work(trial)) if f.code == "starved-goal"]
