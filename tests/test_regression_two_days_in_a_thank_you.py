"""A toy shop's thank-you to one guest read „Schön, dass Sie am 23. und 24. April da waren!“.

Nobody comes to both days of a repair weekend, and a personal thanks with its dates reads like
a form. The line thanks a guest of an event over several days without them.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

REPAIR_DAYS = {"title": "Reparaturtage", "date": date(2027, 4, 23), "until": date(2027, 4, 24),
               "time": "10:00-16:00"}  # fmt: skip


def test_a_guest_is_thanked_without_the_weekends_dates() -> None:
    strategy = make(events=[REPAIR_DAYS], channels={"facebook": {}}, voice="wir")
    rows = [{"channel": "facebook", "move": "thank", "seq": seq, "start": "2027-04-30 18:00"}
            for seq in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "da warst" in p or "da waren" in p]
    assert not [p for p in prompts if "23. und 24. April da" in p]
