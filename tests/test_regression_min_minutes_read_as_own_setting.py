"""A blood bikes charity's writer read "it needs at least 60 minutes a week (its
min_minutes_per_week)" as a setting of its own it had never made (r383 writer; r378 writer
likewise). The thin warning now says where the minimum comes from: the channel's built-in
figure, or the strategy's own.
"""

from __future__ import annotations

import pytest

from tests.support import build
from tests.test_threads import make


@pytest.mark.parametrize(
    ("instagram", "said"),
    [
        ({"hours_per_week": 0.25}, "(the built-in minimum for Instagram, which min_minutes"),
        ({"hours_per_week": 0.25, "min_minutes_per_week": 30}, "(your min_minutes_per_week)"),
    ],
)
def test_the_minimum_says_whose_it_is(instagram: dict[str, float], said: str) -> None:
    strategy = make(channels={"linkedin": {}, "instagram": instagram})
    (finding,) = [f for f in build(strategy).findings if f.code == "thin"]
    assert said in finding.message
