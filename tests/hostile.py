"""Hostile and careless changes to an example strategy, for the regression tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogplan.errors import Problem, StrategyError
from dialogplan.strategy import Strategy, parse_strategy

SOURCE = "strategy.yaml"
EXAMPLE = Path(__file__).parent.parent / "plans" / "wolkenwerk-coaching" / "strategy.yaml"
#: The line number of the first line :func:`example` appends.
APPENDED = EXAMPLE.read_text("utf-8").count("\n") + 1


def example(old: str = "", new: str = "") -> str:
    """The Wolkenwerk example with one line changed (or appended, when ``old`` is empty)."""
    text = EXAMPLE.read_text("utf-8")
    if not old:
        return text + new
    assert old in text
    return text.replace(old, new, 1)


def problems(text: str) -> list[Problem]:
    """The problems validation reports; the test fails if it accepts the text."""
    with pytest.raises(StrategyError) as caught:
        parse_strategy(text, SOURCE)
    assert all(p.source == SOURCE and p.message for p in caught.value.problems)
    return caught.value.problems


def only_problem(text: str) -> Problem:
    """The one problem reported for a text with one mistake."""
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


def accepted(text: str) -> Strategy:
    """The strategy, for changes that are fine."""
    return parse_strategy(text, SOURCE)
