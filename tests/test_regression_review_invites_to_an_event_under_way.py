"""An optician's March review said to note who should hear about its Easter eye check
mornings, on the second of their three days.

The review counted an event that had begun as one still ahead. One under way on the day of
the review now asks who has come so far, and whom to tell before it ends.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MORNINGS = {"title": "Easter eye check mornings", "short": "the Easter eye check mornings",
            "date": date(2027, 3, 30), "until": date(2027, 4, 1)}  # fmt: skip
SAID = {"en": "still on until thursday 1 april", "de": "laufen noch bis 1. april"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_event_under_way_is_not_invited_to_as_ahead(language: str) -> None:
    event = {**MORNINGS, "short": "Augencheck-Tage"} if language == "de" else MORNINGS
    strategy = make(language=language, events=[event], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "review", "start": f"2027-03-31 1{n}:00",
             "seq": n} for n in range(2)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert SAID[language] in prompt.lower(), prompt
        assert "should hear about it" not in prompt and "bis dahin" not in prompt, prompt
