"""A yoga studio raised hours_per_week to 4.25 as a finding said, and nothing changed.

"Give Facebook page 15 more minutes a week (hours_per_week 4 → 4.25)": the page had hours
of its own, so the extra minutes went to the channels that share the rest. The suggestion
now names the channel's own hours as tried, beside the total.
"""

from __future__ import annotations

from dialogplan.trials import budget_after
from tests.test_threads import make


def test_the_channel_own_hours_are_named_beside_the_total() -> None:
    strategy = make(
        hours_per_week=4,
        channels={"facebook": {"hours_per_week": 1}, "instagram": {}, "linkedin": {"share": 0.25}},
    )
    assert budget_after(strategy, ["facebook"], 15) == (
        "channels.facebook.hours_per_week 1 → 1.25, hours_per_week 4 → 4.25; so that the other "
        "channels keep their minutes: channels.linkedin.share 0.25 → channels.linkedin."
        "hours_per_week 1"
    )
    assert budget_after(strategy, ["linkedin"], 30) == (
        "channels.linkedin.share 0.25 → channels.linkedin.hours_per_week 1.5, hours_per_week "
        "4 → 4.5"
    )
    assert budget_after(strategy, ["instagram"], 60).startswith(
        "the 2 hours it now gets from what is left over → channels.instagram.hours_per_week 3, "
    )
