"""A quoted date is text: refused with a hint, so a quoted 'end' cannot slip before 'start'."""

from __future__ import annotations

import pytest

from tests.hostile import example, only_problem


@pytest.mark.parametrize("quoted", ['"2026-01-01"', "'2026-01-01'"])
def test_quoted_end_before_start_is_refused(quoted: str) -> None:
    problem = only_problem(example("months: 3", f"end: {quoted}"))
    assert (problem.line, problem.path) == (7, "end")
    assert "without quotes" in problem.message


def test_quoted_start_is_refused() -> None:
    problem = only_problem(example("start: 2027-01-04", 'start: "2027-01-04"'))
    assert (problem.line, problem.path) == (6, "start")
    assert "write the date without quotes (2027-01-04)" in problem.message


def test_end_before_start_is_refused() -> None:
    problem = only_problem(example("months: 3", "end: 2026-01-01"))
    assert problem.message == "lies before 'start'"
