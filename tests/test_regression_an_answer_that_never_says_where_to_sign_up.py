"""Regression: an answer to a question about a course that never said where to sign up (r483).

A hospice service answered „Brauche ich Vorkenntnisse, um Sterbebegleiterin oder
Sterbebegleiter zu werden?“ on the day sign-up for its volunteers' course opened, and the
post said nothing of the course. A post that answers a question people ask the team points to
the current offer or event of its topic, with the link; a question put to people stays one
message.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = [
    "Brauche ich Vorkenntnisse, um Sterbebegleiterin oder Sterbebegleiter zu werden?",
    "Was würde Sie davon abhalten, ein Ehrenamt in der Sterbebegleitung anzufangen?",
]
TOPIC = {"title": "Der Befähigungskurs für Ehrenamtliche", "short": "Befähigungskurs",
         "kind": "own", "questions": QUESTIONS}  # fmt: skip
COURSE = {"title": "Anmeldung zum Befähigungskurs Sterbebegleitung",
          "short": "Anmeldung zum Befähigungskurs",
          "url": "https://hospiz.example.de/befaehigungskurs", "from": date(2027, 1, 11),
          "until": date(2027, 3, 5), "topics": [TOPIC["title"]]}  # fmt: skip


def posts() -> list[str]:
    """Two question posts on the course's topic, on its first days."""
    strategy = make(topics=[TOPIC], offers=[COURSE], channels={"facebook": {}},
                    address="Sie", voice="wir")  # fmt: skip
    rows = [{"channel": "facebook", "move": "ask", "topic": TOPIC["title"], "goal": "sichtbar",
             "start": f"2027-01-{11 + n} 09:00", "seq": n} for n in range(2)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_the_answer_points_to_the_course() -> None:
    answer, question = posts()
    assert "Vorkenntnisse" in answer
    assert "auf die Anmeldung zum Befähigungskurs" in answer and COURSE["url"] in answer
    assert "abhalten" in question and COURSE["url"] not in question
