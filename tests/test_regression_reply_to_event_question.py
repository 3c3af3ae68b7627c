"""A pharmacy asked „Was möchten Sie am Gesundheitstag messen lassen?“, and the reply round
offered help to anyone „who is stuck“.

The question was the health day's own, asked in a post on one of its topics; the round took
it for a question about a problem. The answers to an event's question now get what answers
to an invitation get: the day, time and place for whoever wants to come.
"""

from __future__ import annotations

from datetime import date

from dialogplan.team_material import questions_in_turn
from tests.support import build
from tests.test_threads import make

QUESTION = "Was {möchtest du|möchten Sie} am Gesundheitstag messen lassen?"


def test_answers_to_an_events_question_learn_when_and_where() -> None:
    strategy = make(
        address="Sie",
        topics=[{"title": "Blutdruck", "kind": "theme", "talk": "problem"}],
        channels={"facebook": {}, "instagram": {}},
        events=[
            {"title": "Gesundheitstag", "date": date(2027, 4, 24), "time": "09:00-13:00",
             "place": "Marktstraße 12", "question": QUESTION, "topics": ["Blutdruck"]},
        ],
    )  # fmt: skip
    entries = build(strategy).entries
    asked = dict(zip((e.uid for e in entries), questions_in_turn(strategy, entries), strict=True))
    rounds = [
        e for e in entries if e.move == "reply" and e.follows_up and asked[e.follows_up] == QUESTION
    ]
    assert rounds
    for entry in rounds:
        assert "Kommt jemand nicht weiter" not in entry.prompt
        assert "Wer kommen möchte" in entry.prompt or "Wer kommen will" in entry.prompt
        assert "24. April" in entry.prompt
