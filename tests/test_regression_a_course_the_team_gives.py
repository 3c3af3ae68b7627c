"""Regression: "what you'll be learning" before a trainer's week of teaching (r645 writer).

A sign-language trainer's blackout was "Delivering a week-long course for a council in
Derry", and the note before it asked what she would learn there. A course the team runs is
its own work: the notes stay general.
"""

from __future__ import annotations

import pytest

from dialogplan.calendar_hooks import _break_kind


@pytest.mark.parametrize(
    "reason", ["Delivering a week-long course for a council in Derry", "Running a course in Leeds"]
)
def test_a_course_the_team_runs_is_its_own_work(reason: str) -> None:
    assert _break_kind(reason) == "busy"


def test_a_course_the_team_attends_is_still_a_course() -> None:
    assert _break_kind("Training course in Hannover") == "learning"
