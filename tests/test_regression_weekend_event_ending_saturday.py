"""An open day on Friday and Saturday was "on Friday 23 and Saturday 24 April" six days later.

A reply round the next Friday said "Your spring open day was on Friday 23 and Saturday 24
April"; a blind reviewer wrote "last weekend". Only events ending on a Sunday or Monday were
"last weekend"; one that ends on Saturday, or starts on Sunday, is one too.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment

MACROS = environment().get_template("en/_macros.j2").module


@pytest.mark.parametrize(
    ("day", "last"), [("Fri 23 Apr", "Sat 24 Apr"), ("Sun 25 Apr", "Mon 26 Apr")]
)
def test_a_weekend_event_is_last_weekend(day: str, last: str) -> None:
    event = {"day": day, "last": last, "days": 2, "days_until": -7, "days_left": -4}
    assert str(MACROS.past_day(event)).strip() == "last weekend"
