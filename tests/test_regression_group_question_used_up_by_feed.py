"""A consultant's question to the LinkedIn groups she had found fell back to a line that fits
any topic ("When you last had to choose, what decided it?"), though her topic had three
questions of its own: her feed had asked them, and a question rested on the whole channel.

The members of groups, the people under others' posts and those written to one by one never
saw the feed: a question now rests only where it was heard.
"""

from __future__ import annotations

from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "After your last supplier failed, what did you change first?"


def test_a_question_the_feed_asked_may_go_to_the_groups() -> None:
    topic = {"title": "Supplier risk", "kind": "theme", "questions": [QUESTION]}
    strategy = make(language="en", topics=[topic])
    rows = [
        {"channel": "linkedin", "move": move, "start": f"2027-03-{day:02d} 08:00",
         "topic": "Supplier risk"}
        for move, day in (("ask", 1), ("ask", 8), ("group-ask", 10), ("group-ask", 17))
    ]  # fmt: skip
    assert questions_in_turn(strategy, entries(strategy, rows)) == [QUESTION, "", QUESTION, ""]
