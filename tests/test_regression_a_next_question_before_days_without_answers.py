"""Regression: "Then post the next question … You won't be answering here from tomorrow" (r622).

A harbour-town theatre's reply round on the eve of its Easter break asked a new question under
its post and said in the same breath that nobody would answer there for days. Before a break,
a reply round answers what came in and says when answers come again; the next question waits.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "en": ["When did a local show last surprise you?", "Which seat do you always pick?"],
    "de": ["Wann hat dich zuletzt ein Stück hier überrascht?", "Welchen Platz wählst du immer?"],
}
QUIET = {"en": "won't be answering", "de": "antwortest du hier nicht"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_next_question_on_the_eve_of_a_break(language: str) -> None:
    topic = {"title": "Live theatre", "kind": "theme", "questions": QUESTIONS[language]}
    strategy = make(language=language, topics=[topic], channels={"facebook": {}},
                    blackout=[{"from": date(2027, 4, 12), "to": date(2027, 4, 16),
                               "reason": "Team holiday"}])  # fmt: skip
    rows = [
        {"channel": "facebook", "move": "ask", "topic": "Live theatre", "seq": 0,
         "start": "2027-04-09 09:00"},
        {"channel": "facebook", "move": "reply", "topic": "Live theatre", "seq": 0,
         "start": "2027-04-09 18:00", "follows": 0},
    ]  # fmt: skip
    _, reply = (e.prompt for e in render(strategy, entries(strategy, rows)))
    assert QUIET[language] in reply, reply
    assert QUESTIONS[language][1] not in reply, reply


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("seq", [0, 2])
def test_no_private_question_on_the_eve_of_a_break(language: str, seq: int) -> None:
    """A label's round opened a chat about mentoring just before five silent days (r649)."""
    ask = {
        "en": "Would you like a mentor for your first EP?",
        "de": "Hättest du Lust auf eine Mentorin?",
    }
    goal = {
        "id": "mentoring",
        "text": "Mentoring",
        "who": "young musicians",
        "question": ask[language],
    }
    topic = {"title": "Live theatre", "kind": "theme", "questions": QUESTIONS[language]}
    strategy = make(language=language, topics=[topic], goals=[goal], channels={"facebook": {}},
                    blackout=[{"from": date(2027, 4, 12), "to": date(2027, 4, 16),
                               "reason": "Team holiday"}])  # fmt: skip
    rows = [
        {"channel": "facebook", "move": "ask", "topic": "Live theatre", "seq": seq,
         "start": "2027-04-09 09:00"},
        {"channel": "facebook", "move": "reply", "topic": "Live theatre", "seq": seq,
         "start": "2027-04-09 18:00", "follows": 0},
    ]  # fmt: skip
    _, reply = (e.prompt for e in render(strategy, entries(strategy, rows)))
    assert ask[language] not in reply, reply
