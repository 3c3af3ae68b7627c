"""A sea scouts' announcement read "Add the practical details: No experience needed, overalls
and tea provided", a field pasted in with its capital (r373; likewise r365, r371). A team's
details now run on inside the sentence where their first word is never a name nor, in German,
a noun.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.details import run_on
from tests.test_render import entries, render
from tests.test_threads import make


@pytest.mark.parametrize(
    ("language", "details", "said"),
    [
        ("en", "No experience needed", "no experience needed"),
        ("en", "Free, no booking", "free, no booking"),
        ("en", "Jo brings the cake", "Jo brings the cake"),
        ("en", "NHS staff welcome", "NHS staff welcome"),
        ("de", "Ab 16, keine Mitgliedschaft nötig", "ab 16, keine Mitgliedschaft nötig"),
        ("de", "Handschuhe und Säcke stellen wir", "Handschuhe und Säcke stellen wir"),
        ("de", "Eintritt frei, Kuchen gibt es auch", "Eintritt frei, Kuchen gibt es auch"),
    ],
)
def test_the_first_word_runs_on_where_it_may(language: str, details: str, said: str) -> None:
    assert run_on(details, language) == said


@pytest.mark.parametrize("seq", range(3))
def test_an_announcement_runs_the_details_on(seq: int) -> None:
    evening = {"title": "Boat evening", "date": date(2027, 3, 16),
               "details": "No experience needed, overalls and tea provided"}  # fmt: skip
    strategy = make(language="en", events=[evening], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "announce", "announce": "Boat evening",
             "start": "2027-03-02 09:00", "topic": "", "seq": seq}]  # fmt: skip
    (prompt,) = (e.prompt for e in render(strategy, entries(strategy, rows)))
    assert "no experience needed, overalls" in prompt
