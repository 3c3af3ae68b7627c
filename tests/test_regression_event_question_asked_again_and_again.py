"""A bicycle co-op's Instagram asked „Was müsste ein Kollektiv bieten, damit du mitmachst?“
four times in twelve weeks.

Two get-to-know-us evenings shared the question. Their announcements ended with it, and every
own post in the days before each evening put it again, whatever had been asked there before.
An event's question now rests among the people who heard it, as the topics' questions do:
the announcement and the team's questions in turn count as asked.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {"de": "Was müsste ein Kollektiv bieten, damit du mitmachst?",
            "en": "What would a co-op have to offer for you to join in?"}  # fmt: skip


def prompts(language: str) -> list[str]:
    question = QUESTION[language]
    events = [
        {"title": "Kennenlernabend, 18. März", "date": date(2027, 3, 18), "time": "19:00-21:00",
         "question": question},
        {"title": "Kennenlernabend, 20. Mai", "date": date(2027, 5, 20), "time": "19:00-21:00",
         "question": question},
    ]  # fmt: skip
    strategy = make(language=language, events=events, channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "announce", "start": "2027-03-01 11:00", "topic": "",
         "announce": "Kennenlernabend, 18. März"},
        {"channel": "instagram", "move": "ask", "start": "2027-03-16 18:00", "topic": "", "seq": 1},
        {"channel": "instagram", "move": "ask", "start": "2027-05-18 18:00", "topic": "", "seq": 2},
    ]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_event_question_rests_after_its_announcement(language: str) -> None:
    announced, two_weeks_later, two_months_later = prompts(language)
    assert QUESTION[language] in announced
    assert QUESTION[language] not in two_weeks_later
    assert QUESTION[language] in two_months_later
