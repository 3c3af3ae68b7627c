"""A cinema gave its Facebook channels twice the hours, and its close contacts still lost touch.

A contact was ready for a touch only once their interval had run out, so the next fitting
entry came a slot's wait too late, every time: no budget could keep them. A contact is
now ready in the last quarter of their interval.
"""

from __future__ import annotations

import pytest

from dialogplan.people_check import check_people
from tests.test_people_plan import with_rows


@pytest.mark.parametrize("tier", ["regular", "45", "60"])
def test_a_contact_with_room_in_the_plan_is_kept(tier: str) -> None:
    strategy, calendar = with_rows([f"Eleanor Ash,linkedin,,{tier},2027-01-20,,,,"])
    assert not check_people(strategy, calendar).losing
