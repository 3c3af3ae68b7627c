"""Time zones come from the IANA list: no folders, no overlong names, nothing machine-bound."""

from __future__ import annotations

import pytest

from tests.hostile import accepted, example, only_problem


@pytest.mark.parametrize("zone", ["America", "A" * 300, "localtime", "Factory", "posixrules"])
def test_zone_that_is_no_place_is_refused(zone: str) -> None:
    problem = only_problem(example("timezone: Europe/Berlin", f"timezone: {zone}"))
    assert (problem.line, problem.path) == (5, "timezone")
    assert "unknown time zone" in problem.message
    assert len(problem.message) < 300


@pytest.mark.parametrize("zone", ["UTC", "America/St_Johns", "Asia/Kathmandu"])
def test_iana_zone_is_accepted(zone: str) -> None:
    assert accepted(example("timezone: Europe/Berlin", f"timezone: {zone}")).timezone == zone
