"""A therapy practice's story asked for „ein Vorher und Nachher zum Thema Weg zur Verordnung“
(r605), a dance school's for one „zum Thema neue Trainer“ (r573): an own subject that is no
problem people solve has no before and after to show. Stories on it take other hooks.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_an_own_subject_gets_no_before_and_after() -> None:
    topics = [{"title": "Wie kommt man zur Ergotherapie?", "short": "Weg zur Verordnung"}]
    strategy = make(topics=topics, channels={"facebook": {}})
    rows: list[dict[str, Any]] = [
        {"channel": "facebook", "move": "story", "topic": topics[0]["title"],
         "start": f"2027-03-{day:02d} 09:00", "seq": day} for day in range(1, 29)
    ]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert len(texts) == 28
    assert not [t for t in texts if "Vorher und Nachher" in t], texts
