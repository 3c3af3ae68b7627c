"""A climbing club's note before its community manager's week of leave told followers the
Tuesday taster sessions were off (r448); a chess club's before its youth ski trip said the
seniors' Thursday meeting was (r470). Nothing said either stopped.

A weekly offer is said to be off on a public holiday, or where the blackout's reason says
the place closes (or it is for works); otherwise the note asks the team to say so if it is.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TASTER = {"title": "Tuesday taster sessions", "short": "the Tuesday taster sessions",
          "every": ["tue"], "time": "19:00-20:30"}  # fmt: skip
SAID_OFF = {"en": "Say that the Tuesday taster sessions are off", "de": "ausfallen –"}
MAYBE = {"en": "If the Tuesday taster sessions on Tuesday 16 February are off too, say so",
         "de": "Fallen die Schnupperabende am 16. Februar auch aus, sag es dazu"}  # fmt: skip


def _away(language: str, reason: str) -> str:
    offer = {**TASTER, "short": "Schnupperabende"} if language == "de" else TASTER
    blackout = [{"from": date(2027, 2, 15), "to": date(2027, 2, 19), "reason": reason}]
    strategy = make(language=language, offers=[offer], blackout=blackout,
                    channels={"facebook": {}})  # fmt: skip
    rows = [{"channel": "facebook", "move": "away", "start": "2027-02-13 10:00"}]
    return render(strategy, entries(strategy, rows))[0].prompt


@pytest.mark.parametrize(
    ("language", "reason"),
    [("en", "Community manager on leave"), ("de", "Skifreizeit der Jugendabteilung")],
)
def test_a_break_of_the_team_alone_leaves_the_session_to_the_team(
    language: str, reason: str
) -> None:
    prompt = _away(language, reason)
    assert MAYBE[language] in prompt, prompt
    assert SAID_OFF[language] not in prompt, prompt


@pytest.mark.parametrize(
    ("language", "reason"),
    [("en", "Hall closed for the floor refit"), ("de", "Halle geschlossen")],
)
def test_a_break_that_closes_the_place_calls_the_session_off(language: str, reason: str) -> None:
    prompt = _away(language, reason)
    assert SAID_OFF[language] in prompt, prompt
