"""A trout farm's newsletter, given 15 minutes a week and 0.5 posts a week, was told its
"posts_per_week (0.5 posts a week, about 48 minutes each …) lets the plan fill only 12 of its
15 minutes" (r555 writer): half a post of 48 minutes is 24, more than the 15 it had, so the
posts held nothing back. The message blames the posts only where they fill less than the
channel's minutes.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def thin_message(hours: float, posts: float) -> str:
    channels = {"newsletter": {"hours_per_week": hours, "posts_per_week": posts},
                "instagram": {}}  # fmt: skip
    strategy = make(language="en", hours_per_week=3, channels=channels)
    found = [f.message for f in check_plan(strategy, schedule_work(strategy))
             if f.code == "thin" and f.channel == "newsletter"]  # fmt: skip
    assert found
    return found[0]


def test_minutes_that_hold_it_back_are_said_as_minutes() -> None:
    message = thin_message(0.25, 0.5)
    assert "posts_per_week" not in message, message
    assert "is given 15 minutes a week" in message, message


def test_posts_that_hold_it_back_are_said_as_posts() -> None:
    assert "posts_per_week (0.1 posts a week" in thin_message(1, 0.1)
