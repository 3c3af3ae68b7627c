"""A newsletter with `posts_per_week: 0.25` was `thin`, and the check said to raise its
share, while `idle-minutes` said 45 of its minutes were free: under the cap, more minutes add
no posts. Two new users removed the cap to make both go away.

`thin` and `gap` on a capped channel now point to posts_per_week.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_capped_channel_is_told_to_raise_its_posts() -> None:
    strategy = make(
        language="en",
        channels={"linkedin": {}, "newsletter": {"hours_per_week": 0.75, "posts_per_week": 0.25}},
    )
    findings = [
        f for f in check_plan(strategy, schedule_work(strategy)) if f.channel == "newsletter"
    ]
    advice = {f.code: f.suggestion for f in findings}
    assert "raise channels.newsletter.posts_per_week to " in advice["thin"].lower()
    assert "raise channels.newsletter.posts_per_week" in advice["gap"]
    assert "more minutes" not in advice["thin"].split(":")[0]
