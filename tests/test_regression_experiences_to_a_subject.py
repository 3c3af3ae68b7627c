"""A bakery asked parents for their „Erfahrungen … zur Bäckerausbildung“.

A reviewer marked the preposition wrong: one has experience with the apprenticeship, not to
it. A question to a group about the members' experience of a one-word subject says „mit“;
„zum Thema …“, where the subject needs its headword, stays.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_experience_is_with_the_subject() -> None:
    topics = [{"title": "Ausbildung im Bäckerhandwerk", "kind": "theme",
               "short": "Bäckerausbildung"}]  # fmt: skip
    groups = {"facebook-group": ["Eltern in Bamberg"]}
    strategy = make(topics=topics, channels={"facebook-group": {}}, groups=groups)
    rows: list[dict[str, Any]] = [
        {"channel": "facebook-group", "move": "group-ask", "topic": topics[0]["title"],
         "group": "Eltern in Bamberg", "start": f"2027-03-{day:02d} 19:00"}
        for day in range(1, 29)
    ]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    # The openings that ask how members handle it take „mit“ (they no longer say
    # „Erfahrungen der Mitglieder“, struck since as a protocol's frame).
    said = [text for text in texts if " halten" in text or "wie sie es" in text]
    assert said, texts
    assert not [text for text in said if "zur Bäckerausbildung halten" in text], said
    assert all("mit der Bäckerausbildung" in text for text in said), said
