"""A research consultancy's note before a conference said it was "away on a course".

The blackout read "Attending a research conference in Amsterdam"; the note asked "what would
you want to learn about it", with nothing for "it" to refer to, and missed the point of a
conference: whom the team will meet there. A conference is a kind of break of its own now.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

REASONS = {"en": "Attending a research conference in Amsterdam", "de": "Tagung in Hannover"}
SAID = {"en": ("away at a conference", "the conference"), "de": ("auf der Tagung",) * 2}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_notes_around_a_conference_call_it_one(language: str) -> None:
    blackout = [{"from": date(2027, 3, 15), "to": date(2027, 3, 19), "reason": REASONS[language]}]
    strategy = make(language=language, blackout=blackout, channels={"linkedin": {}})
    for seq in range(3):
        rows = [
            {"channel": "linkedin", "move": "away", "start": "2027-03-12 09:00", "seq": seq},
            {"channel": "linkedin", "move": "back", "start": "2027-03-22 09:00", "seq": seq},
        ]
        away, back = (e.prompt for e in render(strategy, entries(strategy, rows)))
        assert SAID[language][0] in away
        assert SAID[language][1] in back
        assert "course" not in away + back
        assert "Fortbildung" not in away + back
