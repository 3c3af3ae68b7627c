"""Regression: "with a word that sign-ups stay open meanwhile" (r530).

An accessibility consultant's note before half-term named her clinic on the Thursday after
and said sign-ups stayed open meanwhile; its booking closed on the Monday she was back. The
note now gives the last day to sign up where that comes before the event.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

CLINIC = {"title": "Accessibility clinic", "date": date(2027, 2, 25), "time": "10:00-12:00"}
DETAILS = {"en": "Free for small charities. Book by 22 February",
           "de": "Kostenlos für kleine Vereine. Anmeldung bis 22. Februar"}  # fmt: skip
SAID = {"en": "22 February", "de": "22. Februar"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_note_gives_the_last_day_to_sign_up(language: str) -> None:
    clinic = {**CLINIC, "details": DETAILS[language]}
    strategy = make(language=language, events=[clinic], channels={"linkedin": {}},
                    blackout=[{"from": date(2027, 2, 15), "to": date(2027, 2, 19),
                               "reason": "half-term"}])  # fmt: skip
    rows = [{"channel": "linkedin", "move": "away", "start": "2027-02-12 09:00"}]
    after = contexts(strategy, rows)(0)["after_break"]
    assert after is not None and after["closes"], after
    (note,) = render(strategy, entries(strategy, rows))
    assert SAID[language] in note.prompt, note.prompt
