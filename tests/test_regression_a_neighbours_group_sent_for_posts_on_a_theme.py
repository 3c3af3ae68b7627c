"""Regression: "In the “Cathays and Roath Neighbours” group, join the conversation under two
posts about everyday English" (r656).

A conversation café's volunteers were sent to their neighbourhood's group for posts on a
theme nobody posts about there: people post lost keys and ask for a plumber. Work under
members' posts in a neighbourhood's own group that lists no themes takes only themes about
living there; a question of the team's own may still be on any theme.
"""

from __future__ import annotations

from datetime import date

from dialogplan.schedule import schedule_work
from tests.test_threads import make

NEIGHBOURS = "Cathays and Roath Neighbours"
TOPICS = [
    {"title": "Everyday English nobody teaches you", "kind": "theme"},
    {"title": "Welcoming new neighbours", "kind": "theme"},
]


def test_members_posts_in_a_neighbours_group_are_about_living_there() -> None:
    strategy = make(
        language="en",
        start=date(2027, 1, 11),
        months=3,
        topics=TOPICS,
        channels={"facebook-group": {}},
        groups={"facebook-group": [NEIGHBOURS]},
    )
    work = [e for e in schedule_work(strategy) if e.group == NEIGHBOURS]
    found = {e.topic for e in work if e.move in {"comment", "listen"}}
    asked = {e.topic for e in work if e.move == "group-ask"}
    assert found <= {"", "Welcoming new neighbours"}, found
    assert "Everyday English nobody teaches you" in asked, asked
