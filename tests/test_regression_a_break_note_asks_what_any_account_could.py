"""Regression: a note before a break asked what any account could (r500, r503, r497).

"What should our first post after the break be about?" before a repair café's week off, and
"How are you spending the Easter weekend?" before a bakery's Easter: reviewers read both as
lines with nothing of the team in them. Before a short break or a public holiday, where
nothing after it brings a question of its own, the note now asks one of the goal's questions
to its people, and its answers wait for the team's return, as the note says.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {
    "en": "What's waiting in a drawer at your place for someone to mend it?",
    "de": "Was liegt bei dir in der Schublade und wartet darauf, repariert zu werden?",
}
STOCK = ("first post after the break", "How are you spending", "als Erstes schreiben",
         "Wie verbringst du")  # fmt: skip


def _notes(language: str, day: str) -> list[str]:
    topic = {"title": "Mending at home", "kind": "theme", "questions": [QUESTION[language]]}
    strategy = make(language=language, topics=[topic], channels={"facebook": {}},
                    blackout=[{"from": date(2027, 4, 12), "to": date(2027, 4, 16),
                               "reason": "Team holiday"}])  # fmt: skip
    rows = [{"channel": "facebook", "move": "away", "topic": "", "seq": 0,
             "start": f"{day} 09:00"}]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("day", ["2027-04-09", "2027-03-25"])  # a week off, and Easter
def test_the_note_asks_the_goals_people(language: str, day: str) -> None:
    (note,) = _notes(language, day)
    assert QUESTION[language] in note, note
    assert not [s for s in STOCK if s in note], note


def test_a_note_before_a_course_keeps_its_own_question() -> None:
    """A course is no holiday: its note asks about the course, not the goal's question."""
    topic = {"title": "Mending at home", "kind": "theme", "questions": [QUESTION["en"]]}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}},
                    blackout=[{"from": date(2027, 4, 12), "to": date(2027, 4, 16),
                               "reason": "Training course in upholstery"}])  # fmt: skip
    rows = [{"channel": "facebook", "move": "away", "topic": "", "seq": 0,
             "start": "2027-04-09 09:00"}]  # fmt: skip
    planned = entries(strategy, rows)
    (note,) = [e.prompt for e in render(strategy, planned)]
    assert QUESTION["en"] not in note, note
    assert questions_in_turn(strategy, planned) == [QUESTION["en"]]  # free for the plan's posts
