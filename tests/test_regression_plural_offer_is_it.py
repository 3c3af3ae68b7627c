"""A bike polo club's meeting prompt said "suggest coming along to the pickup nights. It next
meets on Tuesday 27 April" (r323 writer): a name in the plural is "they".
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

NIGHTS = {"title": "Pickup nights", "short": "the pickup nights", "every": ["tue"],
          "time": "19:00-21:00", "place": "at the court"}  # fmt: skip


def test_a_plural_weekly_offer_next_meets_as_they() -> None:
    strategy = make(language="en", offers=[NIGHTS], channels={"instagram": {}},
                    start=date(2027, 3, 1))  # fmt: skip
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-{day:02d} 18:00",
             "seq": day} for day in range(3, 9)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("They next meet on" in p for p in prompts), prompts
    assert not any("It next meets" in p for p in prompts)
