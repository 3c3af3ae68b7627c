"""Regression: „Darf dein Kind beim Offenen Instrumententag …?“ four weeks after it (r533).

A music school's goal invited to its open instrument day and to a course that ran on; its
question named the day, and a reply round in late March still asked it. A question that names
an event is not asked once the event is over: the title says „Offener“, the question
„Offenen“, and the match missed it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

DAY = {"title": "Offener Instrumententag", "date": date(2027, 2, 27), "time": "10:00-16:00"}
COURSE = {"title": "Instrumentenkarussell", "start": date(2027, 1, 11), "until": date(2027, 4, 30)}
QUESTION = "Darf dein Kind beim Offenen Instrumententag einmal selbst ausprobieren?"
GOALS = [{"id": "kinder", "text": "Kinder gewinnen", "who": "Eltern von Grundschulkindern",
          "invite": [DAY["title"], COURSE["title"]], "question": QUESTION}]  # fmt: skip


@pytest.mark.parametrize(("day", "asked"), [("2027-02-20", True), ("2027-03-24", False)])
def test_the_question_rests_once_the_day_it_names_is_over(day: str, asked: bool) -> None:
    strategy = make(goals=GOALS, events=[DAY], offers=[COURSE], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "reply", "start": f"{day} 19:00", "goal": "kinder"}]
    assert (contexts(strategy, rows)(0)["goal_question"] == QUESTION) is asked
