"""Regression: "from Five Valleys Makers' Fair" (r413).

A signwriter's reviewer read a fair named without "the". A fair takes it, as an association
does, and a plural possessive inside a name ("Makers'", "Ramblers'") does not keep it away; a
name with a person's possessive ("St Mary's Church") still goes without.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken

CASES = [
    ("Five Valleys Makers' Fair – Jo Bright", "Jo Bright from the Five Valleys Makers' Fair"),
    ("Ramblers' Association – Tim Hall", "Tim Hall from the Ramblers' Association"),
    ("St Mary's Church – Ann Bell", "Ann Bell from St Mary's Church"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "said"), CASES)
def test_a_fair_is_the_fair(name: str, said: str) -> None:
    assert spoken(name, "en") == said
