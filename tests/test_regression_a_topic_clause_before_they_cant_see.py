"""Regression: "something about why you mend rather than bin they can't see from outside" (r484).

A repair café's question post put its topic, a clause, between "something" and the clause
that belonged to it. What people can't see from outside comes first, the topic after it.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Why we mend rather than bin", "kind": "own",
         "short": "why we mend rather than bin"}  # fmt: skip


def test_the_topic_follows_what_people_cannot_see() -> None:
    strategy = make(language="en", channels={"facebook": {}}, topics=[TOPIC], voice="we")
    rows = [{"channel": "facebook", "move": "ask", "topic": TOPIC["title"],
             "start": f"2027-03-{1 + n:02} 18:00", "seq": n} for n in range(21)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    outside = [p for p in prompts if "can't see from outside" in p]
    assert outside
    assert not [p for p in outside if "bin they can't see" in p]
