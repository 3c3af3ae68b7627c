"""A blackout's reason with an unquoted comma before one word got no hint to quote it.

``{from: 2027-03-29, to: 2027-04-09, reason: Osterferien, Lehrerfortbildung}`` said only
"unknown field 'Lehrerfortbildung'": the hint about quotes came only when the split-off
rest held a space. A capitalised key without a value is the rest of a text as well.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.strategy import parse_strategy

STRATEGY = """\
client: musikschule
name: Musikschule
language: de
timezone: Europe/Berlin
start: 2027-03-01
months: 3
hours_per_week: 2
audience: Eltern
goals: [{id: schueler, text: Schüler gewinnen}]
topics: [Instrumente]
channels: {instagram: {}}
blackout:
  - {from: 2027-03-29, to: 2027-04-09, reason: Osterferien, Lehrerfortbildung}
"""


def test_a_one_word_rest_of_a_reason_gets_told_to_use_quotes() -> None:
    with pytest.raises(StrategyError) as caught:
        parse_strategy(STRATEGY, "strategy.yaml")
    assert str(caught.value) == (
        "strategy.yaml:13: blackout[0].Lehrerfortbildung: 'Lehrerfortbildung' was read as a "
        "field name, because a comma inside { } ends a text: one with a comma needs quotes, as "
        'in {reason: "Stocktake, shop closed"}'
    )


def test_a_misspelt_field_still_gets_its_name() -> None:
    misspelt = STRATEGY.replace("reason: Osterferien, Lehrerfortbildung", "reasn: Osterferien")
    with pytest.raises(StrategyError) as caught:
        parse_strategy(misspelt, "strategy.yaml")
    assert "did you mean 'reason'" in str(caught.value)
