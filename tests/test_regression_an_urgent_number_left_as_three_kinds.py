"""Regression: "Give the way to reach someone for anything urgent in the meantime: the phone
number, the colleague or the service that covers" (r660).

A heating firm's note before its course read like a template left unfilled: three kinds of
contact in a row, none of them the team's. The note asks for the one number that covers.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import build
from tests.test_threads import make

LISTS = {"en": "the phone number, the colleague or the service", "de": "Vertretung oder den Not"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_note_asks_for_the_number_that_covers(language: str) -> None:
    strategy = make(
        language=language,
        name="Hartwell Funeral Directors",
        start=date(2027, 1, 11),
        months=3,
        channels={"facebook": {}, "instagram": {}},
        blackout=[{"from": date(2027, 2, 8), "to": date(2027, 2, 12), "reason": "A course"}],
    )
    notes = [e.prompt for e in build(strategy).entries if e.move == "away"]
    assert len(notes) > 1, notes
    for prompt in notes:
        assert LISTS[language] not in prompt, prompt
