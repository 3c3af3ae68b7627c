"""Regression: a question post gave an event on another topic as its reason (r482).

A winery's newsletter asked „Wo kehren Sie nach einer Wanderung am liebsten ein?“ and said it
asked now because „Am 20. Februar ist die Rebschnitt-Führung“: its reviewer read a non
sequitur. Only an event that lists the post's topic is the reason it asks now.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HIKES = {"title": "Weinbergswanderungen", "kind": "theme",
         "questions": [f"Wo kehren Sie nach Wanderung Nummer {n} am liebsten ein?"
                       for n in range(1, 9)]}  # fmt: skip
PRUNING = {"title": "Rebschnitt im Winter", "kind": "own"}


def asks(listed: str) -> list[str]:
    """Eight question posts on the hikes, weeks before a walk that lists ``listed``."""
    walk = {"title": "Rebschnitt-Führung im Kirchberg", "short": "Rebschnitt-Führung",
            "date": date(2027, 2, 20), "topics": [listed]}  # fmt: skip
    strategy = make(channels={"facebook": {}}, topics=[HIKES, PRUNING], events=[walk],
                    address="Sie", voice="wir")  # fmt: skip
    rows = [{"channel": "facebook", "move": "ask", "start": f"2027-02-{1 + n:02} 18:00",
             "topic": HIKES["title"], "seq": n} for n in range(8)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_a_walk_on_another_topic_is_no_reason() -> None:
    assert not [p for p in asks(PRUNING["title"]) if "Rebschnitt-Führung" in p]


def test_a_walk_on_the_topic_is_one() -> None:
    assert [p for p in asks(HIKES["title"]) if "Rebschnitt-Führung" in p]
