"""A children's bookshop's Instagram post was told „Am 4. März ist der Elternabend – erwähn es
nebenbei im Text (am Donnerstag, 4. März, von 19:30 bis 21 Uhr – …)“: the day twice in one
line (r681). Where the line has said the day, the brackets give the time and the place.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENING = {"title": "Elternabend Lesenlernen", "short": "Elternabend", "date": date(2027, 3, 4),
           "time": "19:30-21:00", "place": "Burtscheider Markt 7, Aachen",
           "url": "https://example.com/elternabend", "topics": ["Erstlesebücher"]}  # fmt: skip


def test_the_day_is_said_once() -> None:
    topic = {"title": "Erstlesebücher", "kind": "theme"}
    strategy = make(topics=[topic], events=[EVENING], channels={"instagram": {}})
    posts = [("story", 22), ("ask", 24), ("story", 26)]
    rows = [{"channel": "instagram", "move": move, "topic": topic["title"], "seq": n,
             "start": f"2027-02-{day:02d} 18:00"}
            for n, (move, day) in enumerate(posts)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    told = [p for p in prompts if "19:30 bis 21 Uhr" in p]
    assert told, prompts
    assert not [p for p in told if p.count("4. März") > 1], told
