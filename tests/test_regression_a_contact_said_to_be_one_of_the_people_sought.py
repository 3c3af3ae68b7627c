"""Regression: „Jörg könnte zu den Leuten gehören, die du suchst.“ (r511, r487).

A coffee roaster's message to a baker who runs two branches carried a sentence of its own on
whom the team was looking for; reviewers read it as the planner talking, and a union branch's
as a label put on a person. The goal's question comes with the fallback for a no, and
nothing about the people the team looks for.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Tom Brearley,instagram,@tom,regular,2026-08-17,,,,Hobby painter who frames his own work,\n"
GOAL = {"id": "kurse", "text": "Fill the workshops", "who": "hobby painters who frame their work",
        "question": "Would you like to cut your first mount with us?"}  # fmt: skip
STRUCK = ("people you're looking for", "die du suchst", "die ihr sucht")


@pytest.mark.parametrize("move", ["thank", "meet", "comment"])
def test_the_goals_question_comes_without_a_label(move: str) -> None:
    strategy = make(language="en", channels={"instagram": {}}, goals=[GOAL])
    prompts = [
        named_prompts(strategy, HEADER + ROW, [{"channel": "instagram", "move": move,
                                                "seq": seq, "start": "2027-03-16 09:00"}])[0]
        for seq in range(8)
    ]  # fmt: skip
    asking = [p for p in prompts if "first mount" in p]
    assert asking, prompts
    assert not [p for p in asking if any(s in p for s in STRUCK)], asking
