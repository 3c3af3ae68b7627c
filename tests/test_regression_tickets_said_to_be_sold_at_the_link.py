"""A children's bookshop's reply round said „Karten gibt es im Vorverkauf unter https://…“ for a
reading whose details said „Platzkarten im Laden“ (r571): the link tells of the reading; where
the tickets are sold, the plan does not know. The line says there are tickets beforehand, and
where to read more.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

READING = {
    "title": "Lesung mit Henrike Albers",
    "date": date(2027, 3, 6),
    "time": "10:30-11:30",
    "url": "https://leseinsel.example.de/lesung",
    "details": "Für Kinder von sechs bis neun Jahren, Eintritt 4 Euro, Platzkarten im Laden",
}


def test_the_link_is_not_said_to_sell_the_tickets() -> None:
    strategy = make(start=date(2027, 1, 11), months=3, events=[READING])
    rows = []
    for n in range(6):
        day = 6 + 3 * n
        rows += [
            {"channel": "instagram", "move": "announce", "announce": READING["title"],
             "start": f"2027-02-{day:02d} 09:00", "seq": n},
            {"channel": "instagram", "move": "reply", "start": f"2027-02-{day:02d} 18:00",
             "follows": 2 * n, "seq": n},
        ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("Karten" in p for p in prompts), prompts
    for prompt in prompts:
        assert "im Vorverkauf unter" not in prompt, prompt
