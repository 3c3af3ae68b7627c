"""A butcher's note before its Betriebsurlaub said only „dass es hier ab Montag ruhig wird“ and
never that the shop was shut, gave the day it reopened three times and asked for „Zwei Sätze“
beside four things to say (r599). A break whose reason says the place is shut is said to be
one; a team's own leave is still only a quiet spell on the channel.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make

CLOSED = {"de": "geschlossen", "en": "you're closed from"}


def _away(language: str, reason: str) -> list[str]:
    blackout = [{"from": date(2027, 4, 12), "to": date(2027, 4, 16), "reason": reason}]
    strategy = make(language=language, blackout=blackout, months=3)
    return [e.prompt for e in render(strategy, schedule_work(strategy)) if e.move == "away"]


@pytest.mark.parametrize(
    ("language", "reason"), [("de", "Betriebsurlaub"), ("en", "Shop closed for the holidays")]
)
def test_a_break_that_shuts_the_place_says_so(language: str, reason: str) -> None:
    notes = _away(language, reason)
    assert notes
    assert all(CLOSED[language] in note for note in notes), notes
    assert not [n for n in notes if "Spätere am" in n or "den Rest am" in n], notes
    assert not [n for n in notes if "Zwei Sätze reichen – dazu" in n], notes


@pytest.mark.parametrize(
    ("language", "reason"), [("de", "Urlaub von Anna"), ("en", "Kate on leave")]
)
def test_a_team_member_s_leave_closes_nothing(language: str, reason: str) -> None:
    notes = _away(language, reason)
    assert notes
    assert not [n for n in notes if CLOSED[language] in n], notes
