"""A makerspace's break "Space closed for the workshop floor refit and laser cutter service"
was announced as "away on a course … what you'll be learning" (r570 writer): "workshop" named
the place being refitted, not a course. A workshop as a place leaves the kind to the rest.
"""

from __future__ import annotations

import pytest

from dialogplan.calendar_hooks import _break_kind


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("Space closed for the workshop floor refit and laser cutter service", "works"),
        ("Closed while our workshop is rewired", "works"),
        ("Away at a glazing workshop", "learning"),
        ("Pottery workshop weekend in Stoke", "learning"),
    ],
)
def test_a_workshop_as_a_place_is_no_course(reason: str, kind: str) -> None:
    assert _break_kind(reason) == kind
