"""A cycle-tour operator's newsletter wrote „an alle, die dabei waren“ after its season tour.

The issue goes to every subscriber, and its only question, „Was hat Ihnen am vergangenen
Samstag am besten gefallen?“, left out all who had not come. A newsletter's look back now
tells everyone how it was and asks a question the others can answer too.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOUR = {"title": "Saisonstart-Tour", "date": date(2027, 3, 6), "time": "09:30-16:00"}


@pytest.mark.parametrize("seq", [0, 1])
def test_a_newsletter_looks_back_for_every_reader(seq: int) -> None:
    strategy = make(channels={"instagram": {}, "newsletter": {}}, events=[TOUR])
    rows = [{"channel": "newsletter", "move": "ask", "start": "2027-03-09 09:00", "seq": seq}]
    for entry in render(strategy, entries(strategy, rows)):
        assert "Saisonstart-Tour" in entry.prompt, entry.prompt
        assert "an alle, die dabei waren" not in entry.prompt, entry.prompt
        assert "alle anderen" in entry.prompt, entry.prompt
