"""A solar installer could not picture "posts_per_week to at least 0.41".

The `thin` suggestion for a newsletter whose `posts_per_week` holds it below its minimum gave
a rate under one a week as a bare fraction. It now says it as people picture it, one post
about every so many weeks.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_rate_under_one_a_week_says_how_many_weeks_apart() -> None:
    newsletter = {"hours_per_week": 0.5, "posts_per_week": 0.25}
    strategy = make(channels={"linkedin": {}, "newsletter": newsletter})
    (thin,) = [
        f
        for f in check_plan(strategy, schedule_work(strategy))
        if f.channel == "newsletter" and f.code == "thin"
    ]
    assert "(one post about every " in thin.suggestion and " weeks)" in thin.suggestion
