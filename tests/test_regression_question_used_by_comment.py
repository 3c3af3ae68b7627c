"""A comment round used up the question a bookshop's own post needed.

"Which book would you save for a stormy winter evening?" went to a round of comments under
other people's posts in January, whose prompt never shows the team's question; it then rested
on Instagram, and the February post on winter reading fell back to a stock line. Only moves
that put a question to people take one now. A comment asks it since, under other people's
posts: it rests among them, not among the team's followers.
"""

from __future__ import annotations

from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

STORMY = "Which book would you save for a stormy winter evening?"


def test_comments_and_shares_leave_the_team_s_questions_for_its_own_posts() -> None:
    topic = {"title": "Books for a winter evening", "kind": "theme", "questions": [STORMY]}
    strategy = make(language="en", topics=[topic], channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": move, "start": f"2027-01-{day} 11:00"}
        for move, day in (("comment", "23"), ("share", "25"), ("listen", "26"), ("ask", "28"))
    ]
    assert questions_in_turn(strategy, entries(strategy, rows)) == [STORMY, "", "", STORMY]
