"""Regression: a mobile library's van "in the depot for its annual service and MOT" (r633).

Its note before the break said only when messages here were answered again; the villagers
waiting at its stops were never told the van would not come. A service off the road closes
what the team runs: the note says the team is closed.
"""

from __future__ import annotations

import pytest

from dialogplan.calendar_hooks import _closes, _shut


@pytest.mark.parametrize(
    "reason",
    ["Van in the depot for its annual service and MOT", "Bus off the road for repairs",
     "Bücherbus zum TÜV"],
)  # fmt: skip
def test_a_service_off_the_road_is_closed(reason: str) -> None:
    assert _closes(reason)
    assert _shut(reason)
