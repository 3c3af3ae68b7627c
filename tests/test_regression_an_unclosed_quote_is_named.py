"""Regression: a quote left open on line 39 was reported as "strategy.yaml:43: not valid YAML:
expected <block end>, but found '<scalar>'", and the writer looked for the fault on line 43
(r601 writer). The message names the line the quote opened on.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.strategy import parse_strategy

HEAD = "client: kitchen\nname: Saffron Kitchen\nlanguage: en\noffers:\n"
OPEN = '  - title: "Saturday cooking class\n    short: the class\n'
LATER = '  - title: Winter pans\n    short: "the pan rescue"\n'


def _said(text: str) -> str:
    with pytest.raises(StrategyError) as caught:
        parse_strategy(text, "strategy.yaml")
    return str(caught.value)


@pytest.mark.parametrize(
    "rest", [LATER, LATER.replace('"', ""), LATER + LATER], ids=["closed-later", "never", "twice"]
)
def test_the_line_the_quote_opened_on_is_named(rest: str) -> None:
    said = _said(HEAD + OPEN + rest)
    assert "the quote opened on line 5 is not closed on that line" in said, said


def test_a_quote_that_closes_on_its_line_is_not_blamed() -> None:
    said = _said(HEAD + '  - title: "Saturday class"\n    short: [the class\n')
    assert "quote opened" not in said, said
