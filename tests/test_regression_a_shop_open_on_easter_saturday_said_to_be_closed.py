"""Regression: „der Hofladen am 26. März ausfällt – das nächste Mal am 2. April“ (r657).

A farm shop open on Fridays and Saturdays was rightly said to be off on Good Friday, but
its next time skipped Easter Saturday, when it was open: the next time was counted from the
day after Easter Monday. It is the first day after the one called off that the team does
not keep free.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

SHOP = {"title": "Hofladen am Freitag und Samstag", "short": "Hofladen", "every": ["fri", "sat"],
        "time": "09:00-13:00"}  # fmt: skip


def test_the_shop_opens_again_on_easter_saturday() -> None:
    strategy = make(region="DE-NI", offers=[SHOP], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "away", "start": "2027-03-25 19:30"}]
    prompt = render(strategy, entries(strategy, rows))[0].prompt
    assert "der Hofladen am 26. März ausfällt" in prompt, prompt
    assert "das nächste Mal am 27. März" in prompt, prompt
