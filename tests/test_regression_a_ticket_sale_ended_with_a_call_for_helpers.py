"""Regression: a pub's early-bird tickets ended "Would you pull pints for a shift?" (r508).

The festival goal invited to the early-bird tickets and asked its people, as its other half,
to help behind the bar. The announcement of the tickets closed with that ask: the wrong one
for a post that sells tickets. A sale of tickets ends with one of its topics' questions.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TICKETS = {"title": "Early-bird tickets for the summer beer festival",
           "from": date(2027, 2, 1), "until": date(2027, 4, 30),
           "details": "£12 with a souvenir glass",
           "topics": ["The summer beer festival"]}  # fmt: skip
GOAL = {"id": "festival", "text": "Sell the early-bird tickets and find bar volunteers",
        "invite": TICKETS["title"],
        "question": "Would you pull pints for a shift at the festival in July?"}  # fmt: skip
TOPIC = {"title": "The summer beer festival", "kind": "own",
         "questions": ["Cider bar or a second ale tent: what would you rather have?"]}  # fmt: skip
ROW: dict[str, Any] = {"channel": "facebook", "move": "announce", "goal": "festival",
                       "announce": TICKETS["title"], "start": "2027-02-01 18:00"}  # fmt: skip


def test_a_ticket_sale_ends_with_its_topics_question() -> None:
    strategy = make(language="en", goals=[GOAL], offers=[TICKETS], topics=[TOPIC],
                    channels={"facebook": {}})  # fmt: skip
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, [ROW]))]
    assert "pull pints" not in prompt, prompt
    assert "Cider bar or a second ale tent" in prompt, prompt
