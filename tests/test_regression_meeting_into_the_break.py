"""A driving school invited a new contact for coffee two days before its summer break.

„Lade die Person ein, bei uns in der Fahrschule Am Sande auf einen Kaffee vorbeizukommen“
on Saturday 17 July, with the school closed from 19 to 30 July: the invitation led into the
closed fortnight. A meeting request before a break now says which week to suggest.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WEEK = {"de": "die Woche ab dem 2. August", "en": "the week of 2 August"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_meeting_before_a_break_suggests_the_week_after(language: str) -> None:
    strategy = make(
        language=language,
        meet_at="bei uns in der Fahrschule" if language == "de" else "at our office",
        blackout=[{"from": date(2027, 7, 19), "to": date(2027, 7, 30), "reason": "Urlaub"}],
    )
    rows = [{"channel": "instagram", "move": "meet", "start": "2027-07-17 11:00", "seq": seq}
            for seq in range(4)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert WEEK[language] in entry.prompt, entry.prompt
