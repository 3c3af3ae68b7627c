"""A table-tennis club asked „Welche Spaßkonkurrenz wollt ihr bei der Vereinsmeisterschaft
sehen?“ two days after its championship (r378). A topic's question that names one of the
team's events is asked up to the event's day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTION = "Welche Spaßkonkurrenz wollt ihr bei der Vereinsmeisterschaft sehen?"


@pytest.mark.parametrize(("day", "asked"), [("2027-05-04", True), ("2027-05-20", False)])
def test_the_question_is_asked_only_before_the_event(day: str, asked: bool) -> None:
    strategy = make(
        topics=[{"title": "Vereinsleben", "questions": [QUESTION]}],
        events=[{"title": "Vereinsmeisterschaft 2027", "short": "Vereinsmeisterschaft",
                 "date": date(2027, 5, 8)}],
    )  # fmt: skip
    rows = [{"channel": "instagram", "move": "ask", "start": f"{day} 12:00"}]
    assert (contexts(strategy, rows)(0)["question"] == QUESTION) is asked
