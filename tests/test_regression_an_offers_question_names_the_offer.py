"""A sign language school's Instagram question on learning BSL as an adult ended on "Which
signs from last week do you want to practise?", the weekly drop-in's own question, and never
named the drop-in: followers read it as a question about a class they had not been to (r306).

A post that asks an offer's or event's own question now says that the answers are for it,
unless the post invites to it anyway.
"""

from __future__ import annotations

import pytest

from dialogplan.pipeline import build
from tests.support import REVISED_AT
from tests.test_threads import make

QUESTION = {
    "en": "Which signs from last week do you want to practise?",
    "de": "Welche Gebärden aus der letzten Woche willst du üben?",
}
SHORT = {"en": "the practice drop-in", "de": "Übungstreff"}
TOPIC = {
    "title": "BSL lernen",
    "kind": "theme",
    "questions": ["Was hat dich zum Gebärdenlernen gebracht?", "Welche Gebärde war die erste?"],
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_post_asking_an_offers_question_says_it_is_for_the_offer(language: str) -> None:
    offer = {
        "title": "Wednesday practice drop-in",
        "short": SHORT[language],
        "every": "wed",
        "time": "18:00-19:30",
        "place": "The Lantern Rooms",
        "question": QUESTION[language],
        "topics": ["BSL lernen"],
    }
    strategy = make(
        language=language,
        topics=[TOPIC],
        offers=[offer],
        channels={"instagram": {}, "facebook": {}},
        months=4,
    )
    entries = build(strategy, revised_at=REVISED_AT).entries
    asks = [e.prompt for e in entries if e.move == "ask" and QUESTION[language] in e.prompt]
    assert asks
    name = SHORT[language].removeprefix("the practice ")
    assert not [p for p in asks if name not in p]
