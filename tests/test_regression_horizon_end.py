"""'end' has the same 24-month limit as 'months', so a far end cannot run for hours."""

from __future__ import annotations

from tests.hostile import accepted, example, only_problem


def test_far_end_is_refused() -> None:
    problem = only_problem(example("months: 3", "end: 9999-12-31"))
    assert (problem.line, problem.path) == (7, "end")


def test_end_more_than_24_months_after_start_is_refused() -> None:
    problem = only_problem(example("months: 3", "end: 2029-01-04"))
    assert (problem.line, problem.path) == (7, "end")
    assert "at the latest 2029-01-03" in problem.message


def test_end_on_the_last_day_of_24_months_is_accepted() -> None:
    strategy = accepted(example("months: 3", "end: 2029-01-03"))
    assert strategy.last_day == accepted(example("months: 3", "months: 24")).last_day
