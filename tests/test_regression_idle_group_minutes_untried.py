"""„Give Facebook groups more minutes a week for work in groups" named no number.

Two strategy writers (a travel agency, a community transport scheme) raised the channel by a
quarter of an hour and the group still got no work. The finding now gives the fewest more
minutes that bring work into the group, tried, or says that up to an hour does not.
"""

from __future__ import annotations

import re

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from dialogplan.trials import with_more_minutes
from tests.test_threads import make

GROUPS = [f"Group {letter}" for letter in "ABCDEFGH"]


def strategy() -> Strategy:
    goals = [{"id": "riders", "text": "Win riders",
              "where": [f"the Facebook group {g}" for g in GROUPS]}]  # fmt: skip
    return make(language="en", goals=goals, topics=[{"title": "Bikes", "kind": "theme"}],
                months=1, channels={"facebook-group": {"hours_per_week": 0.5}},
                groups={"facebook-group": GROUPS})  # fmt: skip


def idle(plan: Strategy) -> list[str]:
    return [f.suggestion for f in check_plan(plan, schedule_work(plan)) if f.code == "unused-place"]


def test_the_minutes_suggested_bring_work_into_the_group() -> None:
    advice = idle(strategy())
    assert advice
    found = re.match(
        r"Give Facebook groups (\d+) more minutes a week .*\(tried on a copy of your plan\)",
        advice[0],
    )
    assert found, advice[0]
    assert not idle(with_more_minutes(strategy(), ["facebook-group"], int(found[1])))
