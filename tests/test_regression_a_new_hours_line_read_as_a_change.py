"""Regression: "channels.newsletter.hours_per_week 0.85" read as a change to a line the
writer never wrote (r655 writer).

A freelancer's newsletter had no hours of its own and got what the other channels left.
The suggestion gave its new hours as a bare value; she had to work out what it had before.
"""

from __future__ import annotations

from dialogplan.trials import budget_after
from tests.test_threads import make


def test_a_channel_on_the_rest_says_its_hours_are_a_new_line() -> None:
    strategy = make(
        hours_per_week=4,
        channels={"linkedin": {"hours_per_week": 3.4}, "newsletter": {}},
    )
    assert budget_after(strategy, ["newsletter"], 15).startswith(
        "the 0.6 hours it now gets from what is left over → channels.newsletter.hours_per_week 0.85"
    )
