"""Regression: a reply round on the eve of a break said "check back tomorrow" (r507).

A pool club asked its town's group a question on the Sunday before its board's winter week;
the reply round that evening ended "Kam noch nichts, schreib eure eigene Antwort darunter",
and whoever answered later waited a week without a word. The round on the working day
before a break of some days now says when the team answers again, never that it is away: a
podcast studio's blackout was a room's refit, with the team at work (r517).
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

BACK = {"en": "Saturday 13 February", "de": "Samstag, 13. Februar"}  # the page works Saturdays
AWAY = {"en": "won't be answering here", "de": " hier nicht"}


def _replies(language: str, days: list[str]) -> list[str]:
    strategy = make(language=language, channels={"facebook": {}},
                    blackout=[{"from": date(2027, 2, 8), "to": date(2027, 2, 12),
                               "reason": "Winterurlaub des Vorstands"}])  # fmt: skip
    rows = asked_and_answered("facebook", days, "09:00", "18:00", topic="Nachfolge")
    return [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("day", ["2027-02-05", "2027-02-07"])
def test_the_round_before_the_break_says_when_answers_come(language: str, day: str) -> None:
    """On the Friday or the Sunday before a Monday: the next working day is the break's."""
    (reply,) = _replies(language, [day])
    assert AWAY[language] in reply.lower() and BACK[language] in reply, reply
    assert "away" not in reply and " weg " not in reply, reply
    rest = reply.replace("here from tomorrow", "").replace("Ab morgen", "")
    assert "tomorrow" not in rest and "morgen" not in rest, reply


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_round_days_before_it_says_nothing_of_it(language: str) -> None:
    (reply,) = _replies(language, ["2027-02-03"])
    assert BACK[language] not in reply, reply
