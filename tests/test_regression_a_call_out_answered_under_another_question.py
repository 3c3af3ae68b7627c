"""Regression: a call for waiting staff answered as a question about the town's walks (r482).

A winery looked for waiting staff in its village's noticeboard group. The post said „Wir
suchen gerade Für die Straußwirtschaft zwei bis drei Aushilfen im Service. Hättest du Lust
…?“, and the reply round that evening quoted „Welchen Weg hier in der Gegend würdet ihr
jemandem zeigen, der gerade hergezogen ist?“, a question the post never asked; the thank-you
three days later summed up the walks people had named. The rounds after a call-out quote it,
answer the people who came forward and thank those who passed it on.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BOARD = "Lindheim sucht und findet"
QUESTION = "Hättest du Lust, ab April ein, zwei Abende pro Woche bei uns im Hof zu bedienen?"
GOAL = {"id": "aushilfen", "who": "Studierende und Leute aus dem Dorf",
        "text": "Für die Straußwirtschaft zwei bis drei Aushilfen im Service finden",
        "where": [f"die Facebook-Gruppe {BOARD}"], "question": QUESTION}  # fmt: skip


def rounds(language: str, goal: dict[str, Any]) -> list[str]:
    """A call-out in the noticeboard group, its reply round that evening and its thank-you."""
    strategy = make(language=language, goals=[goal], channels={"facebook-group": {}},
                    area="Lindheim", groups={"facebook-group": [BOARD]})  # fmt: skip
    row = {"channel": "facebook-group", "group": BOARD, "topic": "", "goal": goal["id"]}
    rows = [
        {**row, "move": "group-ask", "start": "2027-01-13 07:30", "seq": 0},
        {**row, "move": "reply", "start": "2027-01-13 19:30", "follows_up": "row0@test", "seq": 1},
        {**row, "move": "thank", "start": "2027-01-16 19:30", "follows_up": "row0@test", "seq": 2},
    ]
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_the_rounds_after_a_call_out_quote_it() -> None:
    post, reply, thank = rounds("de", GOAL)
    assert "suche gerade für die Straußwirtschaft zwei bis drei Aushilfen" in post
    assert QUESTION in post
    for later in (reply, thank):
        assert "Aufruf" in later
        assert "hier in der Gegend" not in later and "Lieblingsplatz" not in later
    assert "Nachricht" in reply and "Wahl der Person" not in reply
    assert "markiert" in thank and "Sammle" not in thank


def test_the_english_rounds_after_a_call_out_quote_it() -> None:
    goal = {"id": "staff", "who": "students and people from the village",
            "text": "Find two or three waiting staff for the spring tasting room",
            "where": [f"the Facebook group {BOARD}"],
            "question": "Would you like to wait tables with us two evenings a week?"}  # fmt: skip
    post, reply, thank = rounds("en", goal)
    assert "looking for waiting staff for the spring tasting room" in post
    for later in (reply, thank):
        assert "call-out" in later
        assert "round here would you" not in later
    assert "private message" in reply
    assert "tagged someone" in thank
