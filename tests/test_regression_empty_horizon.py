"""An empty 'months' or 'end' is a problem, not an empty plan written over a good one."""

from __future__ import annotations

import pytest

from tests.hostile import example, only_problem


@pytest.mark.parametrize("written", ["months: null", "months: ~", "months:", "end: null"])
def test_empty_horizon_is_refused(written: str) -> None:
    problem = only_problem(example("months: 3", written))
    assert problem.line == 7
    assert problem.path == written.split(":", maxsplit=1)[0]
    assert "is empty" in problem.message
