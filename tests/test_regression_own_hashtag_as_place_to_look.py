"""A board-game café was sent to find other people's posts under its own hashtag.

„Start with #meepleandmug and #boardgamecafe – local accounts first“: under the café's own
hashtag are the café's own posts. Work among others' posts now leaves out the hashtag named
after the team; its own posts keep it.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_looking_among_others_leaves_out_the_team_s_own_hashtag() -> None:
    strategy = make(
        language="en", client="meeple-and-mug", name="Meeple & Mug",
        channels={"instagram": {"tags": ["#meepleandmug", "#manchesterboardgames"]}},
    )  # fmt: skip
    rows = [{"channel": "instagram", "move": move, "start": f"2027-03-{d:02d} 12:00"}
            for d, move in enumerate(["listen", "connect", "comment"] * 3, start=1)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("#manchesterboardgames" in p for p in prompts)
    assert not any("#meepleandmug" in p for p in prompts), prompts
