"""Impossible dates are located problems, not a ValueError from the YAML date constructor."""

from __future__ import annotations

import pytest

from tests.hostile import example, only_problem, problems


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("2027-02-30", "is not a day in the calendar"),
        ("2027-00-10", "is not a day in the calendar"),
        ("0000-01-01", "outside the years dialogplan plans in (2000–2100)"),
        ("2027-01-04T25:00:00", "is not a time that exists"),
    ],
)
def test_impossible_start_is_located(written: str, reason: str) -> None:
    problem = only_problem(example("start: 2027-01-04", f"start: {written}"))
    assert (problem.line, problem.path) == (6, "start")
    assert reason in problem.message


def test_date_shaped_value_anywhere_is_checked() -> None:
    problem = only_problem(example("topics:\n", "topics:\n  - 2027-02-30\n"))
    assert (problem.line, problem.path) == (22, "topics[0]")
    assert "2027-02-30 is not a day in the calendar" in problem.message


def test_impossible_date_hides_no_other_problem() -> None:
    text = example("start: 2027-01-04", "start: 2027-02-30").replace("language: de", "language: fr")
    assert {p.path for p in problems(text)} == {"start", "language"}
