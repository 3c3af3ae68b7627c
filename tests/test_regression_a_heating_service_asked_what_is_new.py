"""A village hall's note before "Winterferien und Heizungswartung" ended „Ratet mal: Was ist
danach neu?“ (r609): maintenance was read as works, whose notes tease what is new after. A
service shows nothing new; it still closes the place.
"""

from __future__ import annotations

import pytest

from dialogplan.calendar_hooks import _break_kind, _closes
from tests.test_regression_a_closed_shop_says_it_is_closed import _away


@pytest.mark.parametrize(
    "reason", ["Winterferien und Heizungswartung im Haus", "Boiler maintenance"]
)
def test_maintenance_is_no_works_but_closes(reason: str) -> None:
    assert _break_kind(reason) != "works"
    assert _closes(reason)


def test_the_note_asks_nothing_about_what_is_new() -> None:
    notes = _away("de", "Winterferien und Heizungswartung im Haus")
    assert notes
    assert not [n for n in notes if "danach neu" in n or "danach anders" in n], notes
