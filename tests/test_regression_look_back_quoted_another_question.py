"""A post that looked back on an event was followed by a reply round about another question.

A youth club's Instagram post the Thursday after its barn party asked what people's best
moment was, and that evening's reply round quoted „Wie hoch war der höchste Maibaum, den du je
gesehen hast?“, a question it never asked (r370); a tennis club's post thanking the people at
its open day asked who they were backing on clay (r369). The first own post after an event
looks back on it and asks none of the topic's questions, and its reply round names it by the
event.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Wie hoch war der höchste Maibaum, den du je gesehen hast?"


def test_the_reply_round_goes_back_to_the_look_back() -> None:
    strategy = make(
        topics=[{"title": "Maibaum", "questions": [QUESTION]}],
        events=[{"title": "Scheunenfete", "date": date(2027, 5, 22), "topics": ["Maibaum"]}],
    )
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-05-24 12:00"},
        {"channel": "instagram", "move": "reply", "start": "2027-05-24 18:00", "follows": 0},
    ]
    ask, reply = (entry.prompt for entry in render(strategy, entries(strategy, rows)))
    assert "Scheunenfete" in ask
    assert QUESTION not in ask
    assert QUESTION not in reply
    assert "über die Scheunenfete" in reply


def test_a_second_post_that_week_asks_its_own_question() -> None:
    strategy = make(
        topics=[{"title": "Maibaum", "questions": [QUESTION]}],
        events=[{"title": "Scheunenfete", "date": date(2027, 5, 22), "topics": ["Maibaum"]}],
    )
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-05-24 12:00"},
        {"channel": "instagram", "move": "ask", "start": "2027-05-27 12:00", "seq": 1},
    ]
    first, second = (entry.prompt for entry in render(strategy, entries(strategy, rows)))
    assert "Scheunenfete" in first
    assert QUESTION in second
