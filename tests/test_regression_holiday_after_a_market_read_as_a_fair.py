"""A glass workshop's post after „Urlaub nach dem Ostermarkt“ thanked visitors of a fair.

The reason named both the break and what came before it; the first kind in the list won, and
„markt“ made the holiday a fair. What follows „nach“, „vor“, "after" or "before" names what
lies around a break, not the break itself.
"""

from __future__ import annotations

import pytest

from dialogplan.calendar_hooks import _break_kind


@pytest.mark.parametrize(
    ("reason", "kind"),
    [("Urlaub nach dem Ostermarkt", "rest"), ("Holiday after the Christmas market", "rest"),
     ("Ostermarkt", "fair"), ("Inventur vor Ostern", "busy"), ("Messe in Frankfurt", "fair")],
)  # fmt: skip
def test_a_break_is_what_its_reason_names_first(reason: str, kind: str) -> None:
    assert _break_kind(reason) == kind
