"""A library's newsletter question told the team „Schreib die Frage vor allem für Leserinnen und
Leser aus Lindenau und Umland“.

Every other German newsletter or LinkedIn question named the goal's people, as the strategy
writes them, in a sentence of its own; three reviewers read it as pasted, and one found it
made no sense, since the question was already given. The question is written for them
anyway: no sentence says so.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WHO = "Erwachsene, die als Kind aufgehört haben"


def test_a_question_never_names_its_goals_people() -> None:
    goals = [{"id": "wieder", "text": "Wiedereinsteiger gewinnen", "who": WHO}]
    topics = [{"title": "Üben ohne Frust", "kind": "theme", "short": "Üben"}]
    strategy = make(goals=goals, topics=topics, channels={"newsletter": {}, "linkedin": {}})
    rows: list[dict[str, Any]] = [
        {"channel": channel, "move": "ask", "topic": "Üben ohne Frust", "goal": "wieder",
         "start": f"2027-03-{day:02d} 09:00"}
        for day in range(1, 29, 2)
        for channel in ("newsletter", "linkedin")
    ]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [text for text in texts if WHO in text], texts
