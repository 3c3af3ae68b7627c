"""A village library's note before its break, the day after its crime reading, said only that
it would go quiet (r475); a basketball club's, five days after its tournament, wished a good
Easter (r448). The note is the last post for days: it starts with a photo of the week's event
and thanks to the people who came.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

READING = {"title": "Krimilesung mit Martina Sauter", "short": "Krimilesung",
           "date": date(2027, 2, 19), "time": "19:00-21:00"}  # fmt: skip
SAID = {"en": "who came", "de": "Krimilesung"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_note_before_a_break_thanks_for_the_weeks_event(language: str) -> None:
    event = {**READING, "short": "the crime reading"} if language == "en" else READING
    blackout = [{"from": date(2027, 2, 22), "to": date(2027, 2, 26), "reason": "Team away"}]
    strategy = make(language=language, events=[event], blackout=blackout,
                    channels={"facebook": {}})  # fmt: skip
    rows = [{"channel": "facebook", "move": "away", "start": "2027-02-20 10:00"}]
    (prompt,) = (e.prompt for e in render(strategy, entries(strategy, rows)))
    assert SAID[language] in prompt, prompt
    assert "crime reading" in prompt or language == "de", prompt
