"""A guitar teacher's reply round asked „Hast du schon mal mit anderen zusammen einen Song
gespielt – oder wäre der Bandworkshop das erste Mal?“ on the workshop's first day, eleven days
after „Anmeldung bis 19. März“ (r388). A goal's question that names an event is asked only
while people can still sign up for it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTION = "Hast du schon mal in einer Band gespielt – oder wäre der Bandworkshop das erste Mal?"


@pytest.mark.parametrize(("day", "asked"), [("2027-03-15", True), ("2027-03-25", False)])
def test_the_goals_question_ends_with_sign_up(day: str, asked: bool) -> None:
    strategy = make(
        goals=[{"id": "band", "text": "Jugendliche für den Bandworkshop",
                "invite": "Bandworkshop in den Osterferien", "question": QUESTION}],
        events=[{"title": "Bandworkshop in den Osterferien", "short": "Bandworkshop",
                 "date": date(2027, 3, 30), "details": "Ab 12, Anmeldung bis 19. März"}],
    )  # fmt: skip
    rows = [{"channel": "instagram", "move": "ask", "start": f"{day} 12:00", "goal": "band"}]
    assert (contexts(strategy, rows)(0)["goal_question"] == QUESTION) is asked
