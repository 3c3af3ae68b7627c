"""Regression: "Say what you'd like people to take from it, and ask what they'd want to know
first" (r488).

A boxing club's question post about its fitness classes got a step about the post's purpose,
not its content. Every step of a post on the team's own subject tells something concrete.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Our Boxfit classes", "kind": "own"}


def test_no_step_asks_what_people_should_take_from_the_post() -> None:
    strategy = make(language="en", channels={"instagram": {}}, topics=[TOPIC])
    rows = [{"channel": "instagram", "move": "ask", "topic": TOPIC["title"],
             "start": f"2027-03-{1 + n:02} 11:00", "seq": n} for n in range(18)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "surprises people most" in p]
    assert not [p for p in prompts if "take from it" in p]
