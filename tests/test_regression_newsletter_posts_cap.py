"""A tax office's newsletter sent ten issues in a quarter though the team asked for one a month.

A newsletter has no work besides its issues and their reply rounds, so all its minutes went
to issues: `posts_per_week: 0.25` changed nothing. The team's own cap now holds, and check
says what the minutes left free could do instead.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def issues(**newsletter: float) -> int:
    channels = {"linkedin": {}, "newsletter": {"hours_per_week": 0.7, **newsletter}}
    strategy = make(start=date(2027, 1, 4), months=3, channels=channels)
    return sum(
        1 for e in schedule_work(strategy) if e.channel == "newsletter" and e.move != "reply"
    )


def test_the_teams_cap_holds_on_a_channel_with_no_other_work() -> None:
    assert issues() >= 8  # without a cap, the minutes make the issues
    assert issues(posts_per_week=0.25) <= 4


def test_check_names_the_minutes_the_cap_leaves_free() -> None:
    newsletter = {"hours_per_week": 1.0, "posts_per_week": 0.5}
    strategy = make(channels={"linkedin": {}, "newsletter": newsletter})
    (found,) = [f for f in check_plan(strategy, ()) if f.code == "idle-minutes"]
    assert found.channel == "newsletter"
    assert "the rest stays free" in found.message
    assert "channels.newsletter.posts_per_week" in found.suggestion
