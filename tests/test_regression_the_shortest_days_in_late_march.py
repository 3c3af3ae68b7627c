"""Regression: "when the days are at their shortest" was asked in late March (r500).

A walking club's winter topic, talked about from January to March, asked a newcomers' group
on 25 March "Which walk near you is still worth doing when the days are at their shortest?".
A question naming the darkest weeks is asked from November to January only.
"""

from __future__ import annotations

import pytest

from dialogplan.seasons import question_months
from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

SPIKES = "Do you carry microspikes, or only when it gets icy?"
SHORTEST = "Which walk near you is still worth doing when the days are at their shortest?"


@pytest.mark.parametrize(
    "question",
    [
        SHORTEST,
        "What keeps you going through the darkest months?",
        "Was macht ihr an den kürzesten Tagen des Jahres?",
        "Wie kommt ihr durch die dunkle Jahreszeit?",
    ],
)
def test_a_question_of_the_darkest_weeks_names_them(question: str) -> None:
    assert question_months(question) == {11, 12, 1}


def test_it_is_not_asked_in_march() -> None:
    topic = {"title": "Winter walking", "kind": "theme", "months": [1, 2, 3],
             "questions": [SPIKES, SHORTEST]}  # fmt: skip
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "ask", "topic": "Winter walking", "seq": n,
             "start": f"2027-{month}-{day} 09:00"}
            for n, (month, day) in enumerate((("01", "11"), ("03", "25")))]  # fmt: skip
    asked = questions_in_turn(strategy, entries(strategy, rows))
    assert asked == [SPIKES, SPIKES]
