"""A theatre set keep_in_touch {close: 45} as told, and the next check asked for 54.

It did not say whether 45 had been used: the suggestion now says what the interval is now
beside what it would take.
"""

from __future__ import annotations

import re

from dialogplan.people_check import check_people
from dialogplan.people_plan import name_people
from dialogplan.schedule import schedule_work
from tests.support import ROOT, load_plan
from tests.test_regression_suggested_interval import _with_interval


def test_an_interval_suggestion_gives_the_one_in_use() -> None:
    plan = load_plan(ROOT / "plans" / "harbourline-advisory" / "strategy.yaml")
    plan = _with_interval(plan, "harbourline-advisory", "regular", 60)
    work = schedule_work(plan)
    check = check_people(plan, name_people(plan, work), work=work)
    pattern = re.compile(r"keep_in_touch: \{regular: \d+\} in the strategy \(now (\d+)\)")
    found = [f.suggestion for f in check.findings if f.code == "losing-touch"]
    said = [m[1] for m in map(pattern.search, found) if m]
    assert said == ["60"]
