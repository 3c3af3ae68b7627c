"""A games studio's playtest meets "on our Discord server (link on the Steam page)", and its
next time read "(next: Thursday 1 April at 7 pm on our Discord server (link on the Steam
page))". A place's own brackets become a dash inside the prompt's.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

OFFER = {"title": "Thursday Discord playtest", "every": "thu", "time": "19:00-20:30",
         "place": "on our Discord server (link on the Steam page)"}  # fmt: skip
GOALS = [{"id": "testers", "text": "Find playtesters", "invite": OFFER["title"]}]


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_brackets_inside_brackets(language: str) -> None:
    strategy = make(language=language, goals=GOALS, offers=[OFFER], channels={"linkedin": {}})
    rows = [
        {"channel": "linkedin", "move": move, "seq": seq, "start": "2027-03-29 09:00",
         "goal": "testers"}
        for seq in range(4) for move in ("ask", "reply", "comment")
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    named = [p for p in prompts if "Steam" in p]
    # In German the offer is named in passing with its next day only, without its place.
    assert named or language == "de"
    assert not [p for p in prompts if "page))" in p or "Seite))" in p], named
