"""Regression: „Erzähl auf eurer Facebook-Seite, was euch zu den Antworten auf eure Frage vom
Mittwoch zum Thema alte Lieder aus eurem Alltag einfällt“ (r659).

A dementia choir's story prompt strung four phrases together before its verb, and a reviewer
read it as garbled. The story is an experience the answers brought to mind, said in that order.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries, weekly_rounds
from tests.test_threads import make


def test_the_story_step_reads_in_order() -> None:
    question = "Welches Lied aus deiner Kindheit kannst du noch auswendig?"
    topic = {"title": "Alte Lieder", "kind": "theme", "short": "alte Lieder",
             "questions": [question]}  # fmt: skip
    strategy = make(topics=[topic], channels={"facebook": {}})
    rows = weekly_rounds("facebook", "Alte Lieder", "story", date(2027, 3, 1), 8, 4)
    stories = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "story"]
    assert stories
    for prompt in stories:
        assert "Alltag einfällt" not in prompt, prompt
