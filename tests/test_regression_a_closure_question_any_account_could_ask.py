"""Regression: "What would you change, if it were your place?" before a closure for works
(r488, r497).

A boxing club and a climbing wall, closed for works, asked their followers a line any account
could post. The note before works asks what to show people first when it reopens, what they
guess is new, or what should stay as it is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import build
from tests.test_threads import make


@pytest.mark.parametrize(("language", "struck"), [("en", "if it were your place"),
                                                  ("de", "Stelle ändern")])  # fmt: skip
def test_the_note_before_works_asks_about_the_place(language: str, struck: str) -> None:
    notes = []
    blackout = [{"from": date(2027, 2, 8), "to": date(2027, 2, 12), "reason": "renovation"}]
    for n in range(9):
        channels = {"instagram": {"hours_per_week": 1.5}}
        strategy = make(language=language, start=date(2027, 1, 11), months=2, blackout=blackout,
                        client=f"wall-{n}", channels=channels)  # fmt: skip
        notes += [e.prompt for e in build(strategy).entries if e.move == "away"]
    assert notes
    assert not [n for n in notes if struck in n]
