"""„Begin with #edinburghjobs.“ read as if the comment should start with the hashtag.

Where the goal's places lead a prompt that goes looking for people, the sentence now says
they are where to look: „Look first at #edinburghjobs.“
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_place_to_look_never_reads_as_a_comment_s_first_words() -> None:
    goals = [{"id": "hosts", "text": "Game hosts", "where": ["#edinburghjobs", "#improvedinburgh"]}]
    strategy = make(language="en", goals=goals, channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": move, "start": f"2027-04-{day:02d} 11:00", "topic": "",
             "seq": day} for day in range(1, 15) for move in ("listen", "connect")]  # fmt: skip
    prompts = [r.prompt for r in render(strategy, entries(strategy, rows))]
    assert any("#edinburghjobs" in p for p in prompts)
    assert not [p for p in prompts if "Begin with #" in p or "Start with #" in p]
