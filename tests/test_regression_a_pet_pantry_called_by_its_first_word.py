"""A dog groomer's plan told the team to "send Gloucester a few personal lines": its contact was
"Gloucester Road Pet Pantry", a shop, named by its first word as a person is. A pantry, a
grocer's, a butcher's, a bakehouse and a kiosk are named in full.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name


@pytest.mark.parametrize(
    "name",
    ["Gloucester Road Pet Pantry", "Hillside Grocers", "Mill Lane Butchers",
     "Old Town Bakehouse", "Harbour Kiosk"],
)  # fmt: skip
def test_a_shop_is_named_in_full(name: str) -> None:
    assert first_name(name) == name


def test_a_person_keeps_their_first_name() -> None:
    assert first_name("Jamie Butcher") == "Jamie"
