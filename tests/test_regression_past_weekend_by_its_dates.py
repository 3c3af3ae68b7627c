"""A reply round pasted a weekend just gone back in by its full dates.

Two days after a sea-kayaking guide's open days, its Instagram replies thanked whoever came
to them "from Saturday 1 to Monday 3 May": a reviewer read the pasted date range as a seam. A
weekend of the week before is "last weekend"; an event further back keeps its dates.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment


@pytest.mark.parametrize(
    ("days_left", "said"),
    [
        (-4, "last weekend"),
        (-12, "from Saturday 1 to Monday 3 May"),
    ],
)
def test_a_weekend_of_the_week_before_is_last_weekend(days_left: int, said: str) -> None:
    macros = environment().get_template("en/_macros.j2").module
    event = {"day": "Sat 1 May", "last": "Mon 3 May", "days": 3, "days_until": days_left - 2,
             "days_left": days_left}  # fmt: skip
    assert str(macros.past_day(event)) == said  # type: ignore[attr-defined]
