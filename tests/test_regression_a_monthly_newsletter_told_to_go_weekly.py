"""Three writers of volunteer teams were told first to "raise posts_per_week to at least 1"
for a monthly newsletter, which would make it weekly; the finding said the newsletter's
posts took 14 minutes and its advice built on 12 (r341, r343, r345 writers).

A channel whose rhythm is slower than weekly is first offered to keep it, with a minimum
built on the same figure the finding gives.
"""

from __future__ import annotations

import re

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_monthly_newsletter_keeps_its_rhythm_first() -> None:
    newsletter = {"hours_per_week": 0.5, "posts_per_week": 0.25, "min_minutes_per_week": 20}
    strategy = make(language="en", months=3,
                    channels={"instagram": {}, "newsletter": newsletter})  # fmt: skip
    (finding,) = [f for f in check_plan(strategy, schedule_work(strategy))
                  if f.channel == "newsletter" and f.code == "thin"]  # fmt: skip
    assert finding.suggestion.startswith("If 0.25")
    filled = re.search(r"lets the plan fill only (\d+) of its", finding.message)
    assert filled, finding.message
    assert f"min_minutes_per_week {filled[1]}." in finding.suggestion, finding.suggestion
