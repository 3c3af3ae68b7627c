"""Followed to the letter, check's advice for more minutes made a strategy validate refused.

A cargo-bike collective shared its four hours among three channels. check said to give
Instagram 2.3 hours in place of its share and raise the total to 4.5; the other channels'
shares then grew with the total, and the channels asked for 4.775 hours. The advice now
names every share it turns into hours, and a strategy that follows it is the one tried.
"""

from __future__ import annotations

import math
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogplan.schedule import channel_minutes
from dialogplan.trials import MORE_MINUTES, budget_after, with_more_minutes
from tests.test_threads import make

_HOURS = re.compile(
    r"(?:channels\.[a-z-]+\.share [\d.]+ → )?"
    r"channels\.([a-z-]+)\.hours_per_week (?:[\d.]+ → )?([\d.]+)"
)
_TOTAL = re.compile(r"^hours_per_week [\d.]+ → ([\d.]+)$")


def _followed(channels: dict[str, Any], hours: float, advice: str) -> dict[str, Any]:
    """The strategy's fields with the advice's numbers written in."""
    channels = {name: dict(plan) for name, plan in channels.items()}
    for part in re.split(r", |; [^:]*: ", advice):
        if found := _HOURS.match(part):
            plan = channels[found[1]]
            plan.pop("share", None)
            plan["hours_per_week"] = float(found[2])
        elif found := _TOTAL.match(part):
            hours = float(found[1])
    return {"channels": channels, "hours_per_week": hours}


@settings(max_examples=30, deadline=None)
@given(
    shares=st.lists(st.integers(1, 4), min_size=3, max_size=3),
    fixed=st.booleans(),
    raised=st.sampled_from(["instagram", "linkedin", "facebook-group"]),
    extra=st.sampled_from(MORE_MINUTES),
)
def test_advice_followed_is_valid_and_is_what_was_tried(
    shares: list[int], fixed: bool, raised: str, extra: int
) -> None:
    names = ["instagram", "linkedin", "facebook-group"]
    left = 1 - (0.75 / 4 if fixed else 0)  # what the fixed hours leave of the four
    channels: dict[str, Any] = {
        n: {"share": math.floor(s / sum(shares) * left * 1000) / 1000}
        for n, s in zip(names, shares, strict=True)
    }
    if fixed:
        channels["mastodon"] = {"hours_per_week": 0.75}
    base = make(channels=channels, hours_per_week=4)
    advice = budget_after(base, [raised], extra)
    followed = make(**_followed(channels, 4, advice))  # refused if over budget
    assert channel_minutes(followed) == channel_minutes(with_more_minutes(base, [raised], extra))
