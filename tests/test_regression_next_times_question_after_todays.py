"""Regression: "What should we bring to the stall this Saturday?" at six on a Saturday (r405).

A mushroom farm's note after its week off came on a Saturday evening, after that day's market,
and showed a photo from the stall today with the stall's own question, which looks ahead to the
next Saturday. After today's time, the note asks about today.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

STALL = {"title": "Saturday market stall", "short": "the market stall", "every": ["sat"],
         "time": "09:00-13:00", "place": "at the farmers' market",
         "question": "What should we bring to the stall this Saturday?"}  # fmt: skip
SAID = {"en": "today", "de": "heute"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_note_after_todays_stall_asks_about_today(language: str) -> None:
    stall = STALL if language == "en" else {**STALL, "title": "Marktstand am Samstag",
        "short": "Marktstand", "question": "Was sollen wir diesen Samstag mitbringen?"}  # fmt: skip
    strategy = make(language=language, offers=[stall], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "back", "start": "2027-04-10 18:00"}]
    prompt = render(strategy, entries(strategy, rows))[0].prompt
    assert str(stall["question"]) not in prompt
    assert SAID[language] in prompt.rsplit("“", 2)[-2]


def test_before_its_time_the_note_keeps_the_stalls_own_question() -> None:
    strategy = make(language="en", offers=[STALL], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "back", "start": "2027-04-07 18:00"}]
    assert str(STALL["question"]) in render(strategy, entries(strategy, rows))[0].prompt
