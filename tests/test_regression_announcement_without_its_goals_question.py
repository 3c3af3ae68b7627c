"""A butcher's announcement of its club catering closed with „Was würdet ihr als Erstes
fragen?“.

The offer had no question of its own; the goal inviting to it had „Was plant euer Verein in
diesem Jahr, und wie viele Gäste erwartet ihr?“, which a reviewer named as the line the post
needed. An announcement without a question of its own now ends with its goal's.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = (
    "Was plant {euer|Ihr} Verein dieses Jahr, und wie viele Gäste {erwartet ihr|erwarten Sie}?"
)
CATERING = {"title": "Vereins-Catering", "from": date(2027, 3, 1), "until": date(2027, 5, 31)}
GOAL = {
    "id": "vereine",
    "text": "Mehr Catering für Vereine",
    "invite": "Vereins-Catering",
    "question": QUESTION,
}
ROW: dict[str, Any] = {
    "channel": "facebook",
    "move": "announce",
    "goal": "vereine",
    "announce": "Vereins-Catering",
    "start": "2027-03-17 18:00",
}


def test_the_goals_question_closes_the_announcement() -> None:
    strategy = make(goals=[GOAL], offers=[CATERING], channels={"facebook": {}}, voice="wir")
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, [ROW]))]
    assert "„Was plant euer Verein dieses Jahr, und wie viele Gäste erwartet ihr?“" in prompt
