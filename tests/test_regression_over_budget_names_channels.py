"""Channels over the budget were reported as a sum nobody could trace.

An optician's "channels ask for 4.05 hours per week, but hours_per_week is 4" did not say
that two shares of 0.35 (1.4 hours each) and fixed hours made it. The message now gives
each channel's hours as counted.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make


def test_the_message_gives_each_channel_s_hours() -> None:
    channels = {"instagram": {"share": 0.35}, "facebook": {"share": 0.35},
                "newsletter": {"hours_per_week": 1.25}}  # fmt: skip
    with pytest.raises(StrategyError) as caught:
        make(hours_per_week=4, channels=channels)
    assert (
        "channels ask for 4.05 hours per week (facebook 1.4 (share 0.35), instagram 1.4 "
        "(share 0.35), newsletter 1.25), but hours_per_week is 4"
    ) in str(caught.value)
