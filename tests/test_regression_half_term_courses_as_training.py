"""A tutoring business's week of "half-term intensive courses" was read as training it attended:
"Back from our training, and the first thing we're changing is …". Intensive, revision and
crash courses, and half-term, are the team's own work: the notes around them stay general.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make


@pytest.mark.parametrize(
    ("language", "reason"),
    [("en", "half-term intensive courses"), ("en", "Easter revision course"),
     ("en", "GCSE crash course week"), ("de", "Intensivkurse in den Osterferien")],
)  # fmt: skip
def test_courses_a_team_runs_are_no_training_it_attends(language: str, reason: str) -> None:
    strategy = make(
        language=language,
        blackout=[{"from": date(2027, 5, 31), "to": date(2027, 6, 11), "reason": reason}],
    )
    notes = [e for e in render(strategy, schedule_work(strategy)) if e.move in ("away", "back")]
    assert notes
    for note in notes:
        text = note.prompt.lower()
        assert "training" not in text and "course" not in text and "fortbildung" not in text, text
        assert "kurs" not in text, text
