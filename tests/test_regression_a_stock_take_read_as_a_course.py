"""Regression: "you're away on a course from 22 February" (r629).

A pharmacy's blackout was its "half-term stock take and staff training": the shop stayed open,
and its note before it said the team was away on a course. A stock take, however it is
spelt, keeps the team at its own work, whatever else the reason names.
"""

from __future__ import annotations

import pytest

from dialogplan.calendar_hooks import _break_kind


@pytest.mark.parametrize(
    "reason",
    ["half-term stock take and staff training", "Stock-taking week", "Stock check and training"],
)
def test_a_stock_take_is_work_of_the_teams_own(reason: str) -> None:
    assert _break_kind(reason) == "busy"


def test_a_training_alone_is_a_course() -> None:
    assert _break_kind("Staff training day") == "learning"
