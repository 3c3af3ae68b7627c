"""A list or mapping used as a key is refused, not an AttributeError."""

from __future__ import annotations

from tests.hostile import APPENDED, example, only_problem


def test_complex_key_is_located() -> None:
    problem = only_problem(example(new="? [a, b]\n: c\n"))
    assert problem.line == APPENDED
    assert "a key must be a plain name" in problem.message
