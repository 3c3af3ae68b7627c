"""The prompt figures left out an offer the plan never announced.

An art school's summer courses ran for the plan's last six weeks; `dialogplan prompts`
listed the Easter courses under "events:" with their one announcement, and the summer
courses not at all, so nothing told the author they were never announced. Every offer that
runs inside the horizon is now listed, with 0 where nothing announces it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.prompt_stats import prompt_stats
from tests.support import build
from tests.test_threads import make


def test_an_offer_the_plan_never_announces_is_listed_with_zero() -> None:
    # A month of a newsletter has too few issues for any announcement.
    course = {"title": "Summer courses", "from": date(2027, 3, 1), "until": date(2027, 3, 31)}
    strategy = make(language="en", months=1, channels={"newsletter": {}}, offers=[course])
    stats = prompt_stats(strategy, build(strategy).entries)
    assert stats.events["Summer courses"] == 0
    assert "  Summer courses: 0 announcements" in stats.to_text()
