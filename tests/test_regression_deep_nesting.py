"""Deeply nested brackets end in a located problem, not a RecursionError."""

from __future__ import annotations

from dialogplan.limits import MAX_STRATEGY_DEPTH
from tests.hostile import APPENDED, example, problems


def test_thousand_brackets_are_refused() -> None:
    found = problems(example(new="x: " + "[" * 1000 + "]" * 1000 + "\n"))
    assert found[-1].line == APPENDED
    assert f"nested more than {MAX_STRATEGY_DEPTH} levels deep" in found[-1].message
