"""A charity's fortnightly newsletter got two findings that disagreed on one number.

`thin` said to raise `posts_per_week` to 0.41, and `idle-minutes`, about the same cap, to
0.62. A channel whose capped posts leave it below its minimum now gets `thin` alone, with
both: the least that keeps it alive, and what spends all its minutes.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_one_finding_gives_both_numbers() -> None:
    newsletter = {"hours_per_week": 0.5, "posts_per_week": 0.25}
    strategy = make(channels={"linkedin": {}, "newsletter": newsletter})
    findings = [
        f for f in check_plan(strategy, schedule_work(strategy)) if f.channel == "newsletter"
    ]
    codes = [f.code for f in findings]
    assert "thin" in codes and "idle-minutes" not in codes
    (thin,) = [f for f in findings if f.code == "thin"]
    assert "posts_per_week to at least" in thin.suggestion
    assert "is given 30 minutes a week" in thin.message
