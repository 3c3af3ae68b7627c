"""A repair café's monthly newsletter, given 12 minutes a week and `posts_per_week: 0.25`,
was `thin` and told to "give Newsletter at least 8 more minutes a week": its posts filled only
7 minutes, and more minutes add no posts. The writer followed it, and the next run said so
(r484 writer). It was also told "about 24 minutes each" where posts of 20 minutes and their
15-minute reply rounds take 35.

The suggestion now raises posts_per_week and the minutes they take together, or lowers the
minimum to what the posts fill, each tried; the figures are the plan's own.
"""

from __future__ import annotations

import re
from typing import Any

from dialogplan.findings import Finding
from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make

MONTHLY = {"posts_per_week": 0.25}


def newsletter_thin(newsletter: dict[str, Any], hours: float = 4) -> Finding | None:
    strategy = make(language="en", months=3, hours_per_week=hours,
                    channels={"linkedin": {}, "newsletter": newsletter})  # fmt: skip
    found = [f for f in check_plan(strategy, schedule_work(strategy))
             if f.channel == "newsletter" and f.code == "thin"]  # fmt: skip
    return found[0] if found else None


def number(pattern: str, text: str) -> float:
    found = re.search(pattern, text)
    assert found, text
    return float(found.group(1))


def test_a_newsletter_given_too_little_is_told_to_post_more_not_only_to_add_minutes() -> None:
    newsletter = {**MONTHLY, "hours_per_week": 0.2}
    thin = newsletter_thin(newsletter)
    assert thin
    assert not thin.suggestion.startswith("Give Newsletter"), thin.suggestion
    posts = number(r"posts_per_week to ([\d.]+)", thin.suggestion)
    own = number(r"channels\.newsletter\.hours_per_week [\d.]+ → ([\d.]+)", thin.suggestion)
    total = number(r"[^.]hours_per_week 4 → ([\d.]+)", thin.suggestion)
    followed = {**newsletter, "posts_per_week": posts, "hours_per_week": own}
    assert newsletter_thin(followed, hours=total) is None


def test_the_lower_minimum_it_suggests_holds() -> None:
    newsletter = {**MONTHLY, "hours_per_week": 0.2}
    thin = newsletter_thin(newsletter)
    assert thin
    least = number(r"min_minutes_per_week (\d+)", thin.suggestion)
    assert newsletter_thin({**newsletter, "min_minutes_per_week": int(least)}) is None


def test_a_post_is_never_said_to_take_less_than_its_shortest_kind_and_its_reply() -> None:
    thin = newsletter_thin({**MONTHLY, "hours_per_week": 0.3})
    assert thin
    each = number(r"about (\d+) minutes each", thin.message)
    assert each >= 20 + 15, thin.message
