"""A dental practice's invitation never said what it invited to.

„Noch 26 Tage, dann ist es so weit: Poste auf Instagram eine persönliche Einladung. …“: an
event without a short form was named in none of the opening's words. Every German
invitation to an event now names it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Elternabend Kinderzähne", "date": date(2027, 5, 6), "time": "19:00-20:30",
         "place": "Zahnarztpraxis Dr. Aydın, Frankfurter Straße 88, Offenbach"}  # fmt: skip


def test_every_invitation_names_its_event() -> None:
    strategy = make(events=[EVENT])
    rows = [{"channel": "instagram", "move": "announce", "start": f"2027-04-{10 + n:02d} 11:00",
             "announce": EVENT["title"], "seq": n} for n in range(10)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert EVENT["title"] in entry.prompt, entry.prompt
