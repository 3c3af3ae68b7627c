"""Control characters are refused at the field they stand in, not as a bare ReaderError."""

from __future__ import annotations

import pytest

from tests.hostile import APPENDED, example, only_problem


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x85"])
def test_control_character_in_a_value_is_located(char: str) -> None:
    problem = only_problem(example("name: Wolkenwerk", f"name: Wolken{char}werk"))
    assert (problem.line, problem.path) == (3, "name")
    assert "control character" in problem.message


def test_control_character_in_a_comment_is_located_by_line() -> None:
    problem = only_problem(example(new="# a note\x00\n"))
    assert (problem.line, problem.path) == (APPENDED, "")
