"""A sewing-machine repairer's reply round under its post on quilt shows said "Pick up each
choice by name and ask when they first tried it" and “Nice one! When did you first try it?”
(r367): a favourite quilt is seen, not tried. A pick is asked what drew the person to it.
"""

from __future__ import annotations

from tests.test_render import asked_and_answered, entries, render
from tests.test_threads import make


def test_a_round_under_picks_asks_what_drew_people_to_them() -> None:
    topic = {"title": "Quilt shows", "kind": "theme", "talk": "taste"}
    strategy = make(language="en", topics=[topic], channels={"instagram": {}})
    rows = asked_and_answered("instagram", [f"2027-04-{day:02d}" for day in range(5, 25)])
    for row in rows:
        row["topic"] = topic["title"]
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    assert [p for p in replies if "drew" in p], replies
    assert not [p for p in replies if "first tried it" in p or "first try it" in p], replies
