"""A swimming club's question post the day before entries closed for its club championship said
only „Am 13. März ist die Vereinsmeisterschaft – erwähn es nebenbei im Text“ (r569): the
mention says when sign-up ends, where that is today or tomorrow.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MEET = {"title": "Vereinsmeisterschaft 2027", "short": "Vereinsmeisterschaft",
        "date": date(2027, 3, 13), "time": "09:00-15:00",
        "url": "https://sv-delphin.example.de/vm", "details": "Meldeschluss 5. März",
        "topics": ["Schwimmen"]}  # fmt: skip


def test_the_mention_says_entries_close_tomorrow() -> None:
    strategy = make(start=date(2027, 1, 11), months=3, topics=["Schwimmen"], events=[MEET])
    rows = [{"channel": "instagram", "move": "ask", "topic": "Schwimmen", "seq": n,
             "start": f"2027-03-04 {9 + n:02d}:00"} for n in range(3)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    said = [p for p in prompts if "Vereinsmeisterschaft" in p]
    assert said, prompts
    assert all("Anmeldeschluss: morgen" in p for p in said), said
