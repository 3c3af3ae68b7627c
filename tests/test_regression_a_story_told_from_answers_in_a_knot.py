"""Regression: „Erzähl auf eurer Facebook-Seite, was euch zu den Antworten auf eure Frage vom
Mittwoch zum Thema alte Lieder aus eurem Alltag einfällt“ (r659).

A dementia choir's story prompt strung four phrases together before its verb, and a reviewer
read it as garbled. The story is an experience the answers brought to mind, said in that order.
"""

from __future__ import annotations

from datetime import date, timedelta

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_the_story_step_reads_in_order() -> None:
    question = "Welches Lied aus deiner Kindheit kannst du noch auswendig?"
    topic = {"title": "Alte Lieder", "kind": "theme", "short": "alte Lieder",
             "questions": [question]}  # fmt: skip
    strategy = make(topics=[topic], channels={"facebook": {}})
    rows: list[dict[str, object]] = []
    for week in range(8):
        day = date(2027, 3, 1) + timedelta(weeks=week)
        rows.append({"channel": "facebook", "move": "ask", "topic": "Alte Lieder",
                     "start": f"{day} 09:00"})  # fmt: skip
        rows.append({"channel": "facebook", "move": "story", "topic": "Alte Lieder",
                     "follows": len(rows) - 1,
                     "start": f"{day + timedelta(days=4)} 09:00"})  # fmt: skip
    stories = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "story"]
    assert stories
    for prompt in stories:
        assert "Alltag einfällt" not in prompt, prompt
