"""A bike workshop's writer read "more posts_per_week alone would not" under a suggestion for
Instagram, whose posts_per_week it had never set (r603 writer): the catalogue's own cap
counted as the team's. The remark stands only under a cap the strategy sets.
"""

from __future__ import annotations

import yaml

from tests.test_regression_event_suggestions_one_at_a_time import ORCHARD, _parsed, _unannounced

APRIL = "Work party, 10 April"


def test_no_remark_on_a_cap_the_strategy_never_set() -> None:
    data = yaml.safe_load(ORCHARD.read_text("utf-8"))
    advice = _unannounced(_parsed(data))[APRIL]
    assert advice.startswith("Give Instagram"), advice
    assert "posts_per_week" not in advice, advice


def test_the_remark_stands_under_a_cap_it_sets() -> None:
    data = yaml.safe_load(ORCHARD.read_text("utf-8"))
    data["channels"]["facebook"]["posts_per_week"] = 3
    advice = _unannounced(_parsed(data))
    assert advice[APRIL].startswith("Give Instagram"), advice
    assert "posts_per_week" not in advice[APRIL], advice
    may = advice["Work party, 8 May"]
    assert may.startswith("Give Facebook page"), may
    assert "more posts_per_week alone would not" in may, may
