"""Regression: „Schreib auf Instagram ein paar ehrliche Zeilen zu dem Kinderkletterkurs“ (r673).

A climbing gym's announcement of its children's course said „zu dem“ where German says „zum“.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

COURSE = {"title": "Kinderkletterkurs im Frühjahr", "short": "Kinderkletterkurs",
          "every": ["wed"], "time": "15:30-17:00", "from": date(2027, 3, 3),
          "until": date(2027, 4, 28)}  # fmt: skip


def test_an_offer_takes_zum() -> None:
    strategy = make(offers=[COURSE], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "announce", "announce": COURSE["title"], "seq": n,
             "start": f"2027-03-{n + 1:02d} 11:00"} for n in range(8)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("zum Kinderkletterkurs" in p for p in prompts), prompts
    assert not any("zu dem Kinderkletterkurs" in p for p in prompts), prompts
