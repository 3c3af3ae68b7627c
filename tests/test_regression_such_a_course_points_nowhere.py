"""A glass workshop's post asked „Was hält dich bisher davon ab, so einen Kurs …?“ of nothing.

The team's question points at its topic, the taster course; the prompt said only „Poste einen
kurzen Beitrag mit der Frage …“, so „so einen Kurs“ pointed at nothing. A question that
points at its topic now comes with a post about that topic.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Was hält dich bisher davon ab, so einen Kurs einmal auszuprobieren?"
TOPIC = {"title": "Unsere Schnupperkurse am Samstag", "short": "Schnupperkurs", "kind": "own",
         "questions": [QUESTION]}  # fmt: skip


def test_a_question_that_points_at_its_topic_comes_with_it() -> None:
    strategy = make(topics=[TOPIC], channels={"facebook": {}, "instagram": {}})
    rows = [{"channel": "facebook", "move": "ask", "start": f"2027-03-{1 + 7 * n:02d} 09:00",
             "topic": TOPIC["title"], "seq": n} for n in range(3)]  # fmt: skip
    asked = [
        e.prompt for e in render(strategy, entries(strategy, rows)) if "so einen Kurs" in e.prompt
    ]
    assert asked
    assert all("zum Schnupperkurs" in p for p in asked), asked
