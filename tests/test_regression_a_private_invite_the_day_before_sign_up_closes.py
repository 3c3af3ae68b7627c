"""Regression: "tell them about the teachers' open afternoon on Wednesday 24 February" (r637).

A museum's comment round pointed interested teachers to its open afternoon the day before its
sign-up closed, with no word of it. A message that invites on the last day, or the day
before it, says when booking closes.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TALK = {"title": "Teachers' open afternoon", "date": date(2027, 3, 18), "time": "15:00-17:00",
        "details": "free, sign up by 15 March"}  # fmt: skip
SAID = {"en": "booking closes tomorrow", "de": "Anmeldung läuft nur noch bis morgen"}
DETAILS = {"en": TALK["details"], "de": "kostenlos, Anmeldung bis 15. März"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_day_before_sign_up_closes_is_said(language: str) -> None:
    strategy = make(language=language, events=[TALK | {"details": DETAILS[language]}],
                    channels={"instagram": {}})  # fmt: skip
    moves = ["comment", "congratulate", "comment", "congratulate"]
    rows = [{"channel": "instagram", "move": move, "seq": seq, "start": "2027-03-14 09:00"}
            for seq, move in enumerate(moves)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    invited = [p for p in prompts if "open afternoon" in p.lower()]
    assert invited, prompts
    assert all(SAID[language] in p for p in invited), invited
