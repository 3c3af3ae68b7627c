"""A coach asked „Was soll ich in der Freitags-Sprechstunde einmal ausführlich durchgehen?“, and
the plan took it for a question people ask her: „Greif eine Frage auf, die Leute dir oft stellen,
und beantworte sie“, then a reply round that gave tips and a thank-you for „deine Antwort“. The
team asking what it should cover next asks for wishes; a circus school's reviewer saw the same
reply lines („Kommt jemand nicht weiter …“) under an answered question (r232), which now get
thanks for what people added.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize(
    ("question", "language", "theirs"),
    [
        ("Was soll ich in der Freitags-Sprechstunde einmal ausführlich durchgehen?", "de", False),
        ("What should I cover in the Friday clinic?", "en", False),
        ("Was soll ich als Anfängerin zuerst kaufen?", "de", True),
        ("What should I buy first?", "en", True),
    ],
)
def test_what_the_team_should_cover_asks_for_wishes(
    question: str, language: str, theirs: bool
) -> None:
    assert asks_the_team(question, language) is theirs


def test_a_reply_under_an_answered_question_thanks_for_what_people_added() -> None:
    asked = "Braucht mein Kind Vorkenntnisse oder muss es sportlich sein?"
    topic = {"title": "Zirkus für Kinder", "kind": "theme", "talk": "problem",
             "questions": [asked]}  # fmt: skip
    strategy = make(topics=[topic], channels={"facebook": {}}, voice="wir")
    rows = [
        {"channel": "facebook", "move": "ask", "topic": "Zirkus für Kinder",
         "start": "2027-03-30 09:00"},
        {"channel": "facebook", "move": "reply", "topic": "Zirkus für Kinder", "follows": 0,
         "start": "2027-03-31 18:00"},
    ]  # fmt: skip
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert "Ergänzung" in reply
    assert "nicht weiter" not in reply
