"""Regression: "find posts about circular walks from Caldersett" (r509).

A B&B's theme had the short form "circular walks from Caldersett", its own village. Work
among other people's posts looked for exactly that in a walkers' group of the whole Dales,
where few people write about one village. Among others, the short form leaves the team's
own place out: "circular walks" exist; in the team's own posts it stays.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Favourite circular walks from the village", "kind": "theme",
         "short": "circular walks from Caldersett"}  # fmt: skip


@pytest.mark.parametrize("move", ["comment", "listen", "share"])
def test_others_posts_are_sought_without_the_village(move: str) -> None:
    strategy = make(language="en", topics=[TOPIC], area="Caldersett and upper Wharfedale",
                    channels={"instagram": {}, "facebook": {}})  # fmt: skip
    channel = "facebook" if move == "share" else "instagram"
    rows = [{"channel": channel, "move": move, "topic": TOPIC["title"], "seq": n,
             "start": f"2027-03-{1 + n:02d} 11:00"} for n in range(3)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "circular walks" in p], prompts
    assert not [p for p in prompts if "from Caldersett" in p], prompts
