"""Two thin channels each got more minutes tried alone, and no word on following both.

A guitar workshop's Facebook page and YouTube channel were both below their minimums. Each
`thin` finding named a change to hours_per_week tried with that channel alone, so the two
changes named two different totals. Channels thin together are now raised together: one
`thin-channels` finding names the whole change, tried, and each channel's finding its part.
"""

from __future__ import annotations

import re

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy, parse_strategy
from dialogplan.trials import budget_with, with_extras
from tests.support import ROOT

WORKSHOP = ROOT / "tests" / "strategies" / "stringworks.yaml"


def _thin_page_and_channel() -> Strategy:
    text = WORKSHOP.read_text("utf-8").replace(
        "  facebook:\n    hours_per_week: 1\n", "  facebook:\n    hours_per_week: 0.75\n"
    )
    return parse_strategy(text, "stringworks.yaml")


def test_thin_channels_are_raised_together_as_tried() -> None:
    strategy = _thin_page_and_channel()
    found = check_plan(strategy, schedule_work(strategy))
    thin = {f.channel: f.suggestion for f in found if f.code == "thin"}
    assert set(thin) == {"facebook", "youtube"}
    parts = {channel: _part(suggestion) for channel, suggestion in thin.items()}
    (together,) = [f for f in found if f.code == "thin-channels"]
    assert budget_with(strategy, parts) in together.suggestion
    followed = with_extras(strategy, parts)
    assert not [f for f in check_plan(followed, schedule_work(followed)) if f.code == "thin"]


def _part(suggestion: str) -> int:
    """The minutes a channel's finding names as its part of the change."""
    found = re.search(r"Give .+? (\d+) more minutes a week along with", suggestion)
    assert found, suggestion
    return int(found[1])
