"""After a short break the note before it asks what people would like first when the team is
back (``test_regression_a_short_break_note_asks_what_can_wait``); the note after it asked
"What's keeping you busy this week?" (r448, r460), a question nobody answers to a club.

The note after a short break takes up the wishes that came in under the note before it, and
after a stoppage shows what kept the team busy to those who guessed.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TAKEN_UP = {("en", "Team away"): ("post on the one that came up most",
                                  "first post after the break be about?” – make"),
            ("en", "Stoppage at the lower lock"): ("thank everyone who guessed",),
            ("de", "Team away"): ("als Erstes schreiben?“ Danach greifst", "am häufigsten kam"),
            ("de", "Stoppage at the lower lock"): ("geraten haben",)}  # fmt: skip


@pytest.mark.parametrize(("language", "reason"), list(TAKEN_UP))
def test_the_note_after_a_short_break_takes_up_the_answers(language: str, reason: str) -> None:
    blackout = [{"from": date(2027, 2, 15), "to": date(2027, 2, 19), "reason": reason}]
    strategy = make(language=language, blackout=blackout, channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "away", "start": "2027-02-12 10:00"},
            {"channel": "facebook", "move": "back", "start": "2027-02-22 10:00",
             "follows": 0}]  # fmt: skip
    away, back = (e.prompt for e in render(strategy, entries(strategy, rows)))
    assert "?" in away or "!“" in away
    assert any(words in back for words in TAKEN_UP[language, reason]), back
    assert "keeping you busy this week" not in back and "Zwischenzeit passiert" not in back
