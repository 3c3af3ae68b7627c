"""A rowing club away at its „Trainingslager am Ratzeburger See“ told its followers it was
„bei der Fortbildung“ (r699): a club's own training camp is its members' time together, no
course the team attends. A training camp is the team's own work elsewhere, in German and in
English; a training course is still one it attends.
"""

from __future__ import annotations

import pytest

from dialogplan.calendar_hooks import _break_kind


@pytest.mark.parametrize("reason", ["Trainingslager am Ratzeburger See", "Spring training camp"])
def test_a_training_camp_is_the_team_s_own_work(reason: str) -> None:
    assert _break_kind(reason) == "busy"


def test_a_training_course_is_still_learning() -> None:
    assert _break_kind("Training course in Hannover") == "learning"
