"""A music school's newsletter asked its readers a question and never said how to answer.

„Antworten Sie einfach auf diese Mail“ came only with every other question, and never with
one that invited to an event as well; a reviewer marked the issue a question without a way
back. Every question a German newsletter asks says that a reply to the e-mail reaches the
team.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_every_newsletter_question_says_how_to_answer() -> None:
    topics = [{"title": "Üben ohne Frust", "kind": "theme", "short": "Üben"}]
    events = [{"title": "Offener Unterrichtstag", "date": date(2027, 3, 20),
               "topics": ["Üben ohne Frust"]}]  # fmt: skip
    strategy = make(topics=topics, events=events, channels={"newsletter": {}})
    rows: list[dict[str, Any]] = [
        {"channel": "newsletter", "move": "ask", "topic": "Üben ohne Frust",
         "start": f"2027-03-{day:02d} 09:00"}
        for day in (1, 4, 8, 11, 15, 18)
    ]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert "auf die Mail" in entry.prompt, entry.prompt
