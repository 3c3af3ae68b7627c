"""A recording studio was told to "share your own pick about making beats on a phone".

A pick is for something: "your own pick for making beats on a phone right now".
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Making beats on your phone", "short": "making beats on a phone",
         "kind": "theme", "talk": "taste"}  # fmt: skip


def test_a_pick_is_for_the_topic() -> None:
    strategy = make(language="en", timezone="Europe/London", topics=[TOPIC])
    rows = [{"channel": "instagram", "move": "story", "start": f"2027-03-{1 + n:02d} 11:00",
             "seq": n, "topic": TOPIC["title"]} for n in range(8)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("pick for making beats on a phone" in p for p in prompts), prompts
    assert not any("pick about" in p for p in prompts), prompts
