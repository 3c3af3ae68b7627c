"""Notes before a break ended with a question ("What should we look at first when we're
back?", „Was steht bei Ihnen in dieser Zeit an?“), and whoever answered waited two weeks.

Before a plain break a note now asks nothing: it says to answer what comes in that day. And
a sailing school's "Half-term holiday courses, both instructors on the water" is the team at
its own work, not a course it attends ("away on a course").
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def notes(language: str, reason: str) -> list[str]:
    strategy = make(
        language=language,
        blackout=[{"from": date(2027, 5, 31), "to": date(2027, 6, 11), "reason": reason}],
    )
    return [e.prompt for e in render(strategy, schedule_work(strategy)) if e.move == "away"]


@pytest.mark.parametrize(("language", "reason"), [("en", "Team holidays"), ("de", "Urlaub")])
def test_a_note_before_a_plain_break_asks_nothing(language: str, reason: str) -> None:
    away = notes(language, reason)
    assert away
    assert not [p for p in away if "?" in p]


def test_courses_the_team_runs_are_no_course_it_attends() -> None:
    away = notes("en", "Half-term holiday courses, both instructors on the water")
    assert away
    assert not [p for p in away if "course" in p]
