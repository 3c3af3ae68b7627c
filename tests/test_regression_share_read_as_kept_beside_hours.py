""" "channels.facebook.hours_per_week 1.2 in place of its share 0.4" left a writer unsure
whether to remove `share` or keep both (r484 writer): the suggestion turns the share into hours.
"""

from __future__ import annotations

from dialogplan.trials import budget_after
from tests.test_threads import make


def test_a_share_turned_into_hours_is_said_to_be_removed() -> None:
    strategy = make(language="en", channels={"linkedin": {"share": 0.25}, "instagram": {}})
    said = budget_after(strategy, ["instagram"], 15)
    assert "channels.linkedin.share 0.25 → channels.linkedin.hours_per_week 1" in said, said
