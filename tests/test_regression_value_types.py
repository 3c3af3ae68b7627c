"""Values keep the type they are written in: true is no number, 0 is no date."""

from __future__ import annotations

from tests.hostile import example, only_problem


def test_boolean_months_is_refused() -> None:
    problem = only_problem(example("months: 3", "months: true"))
    assert (problem.line, problem.path) == (7, "months")
    assert "expected a number, got true" in problem.message


def test_number_as_start_is_refused() -> None:
    problem = only_problem(example("start: 2027-01-04", "start: 0"))
    assert (problem.line, problem.path) == (6, "start")
    assert "expected a date" in problem.message


def test_boolean_hours_is_refused() -> None:
    problem = only_problem(example("hours_per_week: 5", "hours_per_week: yes"))
    assert problem.path == "hours_per_week"
