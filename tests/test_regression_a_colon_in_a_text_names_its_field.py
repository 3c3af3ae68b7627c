"""Regression: "not valid YAML: mapping values are not allowed here" named no field and no fix
for a question with a colon in it (r590, r595 writers). The message names the field and
shows it quoted.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.strategy import parse_strategy

TEXT = """client: kitchen
name: Saffron Kitchen
language: en
offers:
  - title: Saturday cooking class
    question: Bring a friend: would you come as a pair?
"""


def test_the_field_and_the_quoted_text_are_named() -> None:
    with pytest.raises(StrategyError) as caught:
        parse_strategy(TEXT, "strategy.yaml")
    said = str(caught.value)
    assert "strategy.yaml:6" in said, said
    assert 'question: "Bring a friend: would you come as a pair?"' in said, said
