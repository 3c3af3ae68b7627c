"""A physiotherapy practice's invitation read „Noch 27 Tage, dann ist die Rückenaktionstage“.

The countdown that opens a German invitation said „ist“ whatever the event's short form. A
short form in the plural now takes „sind“.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Rückenaktionstage im Bewegungsraum", "short": "Rückenaktionstage",
         "date": date(2027, 5, 12), "until": date(2027, 5, 14), "time": "16:00-19:00"}  # fmt: skip


def test_a_plural_short_form_counts_down_with_sind() -> None:
    strategy = make(events=[EVENT], channels={"linkedin": {}})
    rows = [
        {"channel": "linkedin", "move": "announce", "start": f"2027-04-{day:02d} 17:00",
         "topic": "", "announce": EVENT["title"], "seq": n}
        for n, day in enumerate(range(14, 24))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("dann sind die Rückenaktionstage" in p for p in prompts)
    assert not any("ist die Rückenaktionstage" in p for p in prompts)
