"""Years outside 2000–2100 are refused by validation, so nothing valid fails while planning."""

from __future__ import annotations

import pytest

from tests.hostile import accepted, example, only_problem
from tests.support import build


@pytest.mark.parametrize("start", ["9999-12-01", "0001-01-01", "9999-01-01", "1999-12-31"])
def test_start_outside_the_window_is_refused(start: str) -> None:
    problem = only_problem(example("start: 2027-01-04", f"start: {start}"))
    assert (problem.line, problem.path) == (6, "start")
    assert "outside the years dialogplan plans in" in problem.message


def test_updated_outside_the_window_is_refused() -> None:
    text = example("months: 3", "months: 3\nupdated: 0001-01-01T00:00:00")
    problem = only_problem(text)
    assert (problem.line, problem.path) == (8, "updated")


def test_last_start_in_the_window_plans() -> None:
    text = example("start: 2027-01-04", "start: 2100-12-27").replace("months: 3", "months: 1")
    text += "updated: 2100-12-31T23:59:59-12:00\n"
    outputs = build(accepted(text))
    assert b"DTSTART;TZID=Europe/Berlin:2101" in outputs.files["calendar.ics"]
