"""A pottery's note before Easter closed with "How many pots will I actually take home after
eight weeks?" (r550): a question its students ask it, read as one for the followers, and put
to them in a greeting. Such a question is one people ask the team, and the note before a
break never puts one to the followers.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.question_shapes import asks_the_team
from tests.test_prompt_context import contexts
from tests.test_threads import make

POTS = "How many pots will I actually take home after eight weeks?"


@pytest.mark.parametrize(
    ("question", "language"),
    [(POTS, "en"), ("What will I learn in the first session?", "en"),
     ("Wie viele Töpfe nehme ich nach acht Wochen mit?", "de")],
)  # fmt: skip
def test_what_the_asker_will_get_is_asked_of_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)


def test_the_note_before_a_break_puts_no_such_question() -> None:
    topic = {"title": "Evening wheel course", "kind": "own", "questions": [POTS]}
    blackout = [{"from": date(2027, 3, 8), "to": date(2027, 3, 10), "reason": "Kiln service"}]
    strategy = make(language="en", topics=[topic], blackout=blackout,
                    channels={"facebook": {}})  # fmt: skip
    rows = [{"channel": "facebook", "move": "away", "topic": "Evening wheel course",
             "start": "2027-03-05 09:00"}]  # fmt: skip
    assert contexts(strategy, rows)(0)["question"] != POTS
