"""An astronomy society's thank-you in a group said "your question from Wednesday" and never
which (r243): every other summary quoted it, and the reader had to look it up in the others.
Every summary after an own question now names it.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "What was the first thing you ever saw through a telescope?"


def test_every_summary_names_the_question() -> None:
    topic = {"title": "First light", "kind": "theme", "questions": [QUESTION]}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "ask", "start": "2027-03-17 09:00",
             "topic": "First light"}]  # fmt: skip
    rows += [{"channel": "facebook", "move": "thank", "follows": 0, "seq": seq,
              "topic": "First light", "start": "2027-03-20 19:30"} for seq in range(4)]  # fmt: skip
    thanks = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    assert all(f"“{QUESTION}”" in prompt for prompt in thanks), thanks
