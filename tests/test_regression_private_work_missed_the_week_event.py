"""A youth football club's round of new contacts under #refereerecruitment three days before
its referee evening never mentioned it (r245), nor did a workshop's congratulations the day
before its health fair (r244): work in other people's spaces knew no event at all.

It knows the coming week's event for its goal's people now, to tell an interested person in
a message, never under their post; the days after an event keep looking back on it.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENING = {"title": "Referee information evening", "short": "the referee evening",
           "date": date(2027, 3, 24)}  # fmt: skip
SAID = {"en": "the referee evening on Wednesday", "de": "Schiedsrichter-Abend am Mittwoch"}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("move", ["connect", "comment", "congratulate"])
def test_work_elsewhere_knows_the_week_event(language: str, move: str) -> None:
    event = EVENING | ({"short": "Schiedsrichter-Abend"} if language == "de" else {})
    strategy = make(language=language, events=[event], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": move, "start": "2027-03-21 11:00", "seq": seq}
            for seq in range(2)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert SAID[language] in prompt
        assert "message" in prompt or "Nachricht" in prompt


def test_the_days_after_an_event_look_back_on_it() -> None:
    strategy = make(language="en", events=[EVENING], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "comment", "start": "2027-03-25 11:00"}]
    prompt = render(strategy, entries(strategy, rows))[0].prompt
    assert "in a private message" not in prompt
