"""A newsletter asked "Which Hollinsford street deserves its own novel?" twice in eight weeks.

A reply round took it as the next question after its issue's; an issue eight weeks later asked
it again, because a reply round's question did not count as asked. It now does, and a reply
round skips a question that rests on its channel.
"""

from __future__ import annotations

from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

HOME = "Have you ever read a book set somewhere you lived?"
STREET = "Which Hollinsford street deserves its own novel?"
THIRD = "Which local author should we invite next?"


def test_a_question_asked_in_a_reply_round_rests_like_any_other() -> None:
    topic = {"title": "Local writing", "kind": "theme", "questions": [HOME, STREET, THIRD]}
    strategy = make(language="en", topics=[topic], channels={"newsletter": {}})
    rows = [
        {"channel": "newsletter", "move": "ask", "start": "2027-02-02 09:00"},
        {"channel": "newsletter", "move": "reply", "start": "2027-02-03 09:00", "follows": 0},
        {"channel": "newsletter", "move": "ask", "start": "2027-03-09 09:00"},
        {"channel": "newsletter", "move": "reply", "start": "2027-03-10 09:00", "follows": 2},
    ]
    asked = questions_in_turn(strategy, entries(strategy, rows))
    assert asked[:2] == [HOME, STREET]
    assert asked[2] == THIRD  # STREET rests: the reply round asked it five weeks ago
    assert asked[3] == ""  # HOME and STREET both rest on the newsletter
