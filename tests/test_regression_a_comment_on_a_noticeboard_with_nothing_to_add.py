"""Regression: "One thing we'd add: … Is that how it is for you?" on a town's noticeboard (r428).

An urban sketchers group was sent to comment in the „Chapel Allerton Community Noticeboard“
on one post by someone it had talked with and one by someone new, adding "one thing nobody
has said yet": a line for a discussion, under lost cats and roadworks. Work on a town's
noticeboard looks for the kinds of post neighbours write there, as on a local page; a group
named after a theme keeps its own steps.
"""

from __future__ import annotations

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

BOARD = "Chapel Allerton Community Noticeboard"
THEMED = "Leeds Urban Sketchers"


@pytest.mark.parametrize(("group", "looks_for"), [(BOARD, True), (THEMED, False)])
def test_comments_on_a_towns_noticeboard_look_for_neighbours_posts(
    group: str, looks_for: bool
) -> None:
    goals = [{"id": "beginners", "text": "Beginners come to a sketchwalk",
              "where": [f"the {group} group on Facebook"]}]  # fmt: skip
    strategy = make(language="en", goals=goals, channels={"facebook-group": {}},
                    groups={"facebook-group": [group]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "comment", "topic": "", "group": group,
             "goal": "beginners", "seq": seq, "start": f"2027-03-0{seq + 2} 19:00"}
            for seq in range(3)]  # fmt: skip
    facts = contexts(strategy, rows)
    angles = [facts(i)["local_angle_id"] for i in range(len(rows))]
    assert all(angles) if looks_for else not any(angles), angles
