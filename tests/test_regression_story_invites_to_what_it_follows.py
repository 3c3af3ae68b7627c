"""A photographer's story on the answers to its wedding showcase's own question said "Before
the question, add a line about the Tweedside Wedding Showcase".

The post it followed up had asked about the showcase already; a line "about" it read as if
the story had to introduce it. A story that follows a post on the event reminds people of it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

SHOWCASE = {"title": "Tweedside Wedding Showcase", "date": date(2027, 4, 24),
            "question": "What would you most like to see at a wedding showcase?",
            "topics": ["Planning a Borders wedding"]}  # fmt: skip


def test_a_story_after_the_events_question_reminds_of_it() -> None:
    topics = [{"title": "Planning a Borders wedding", "kind": "theme"}]
    strategy = make(language="en", topics=topics, events=[SHOWCASE], channels={"instagram": {}})
    ask: dict[str, Any] = {"channel": "instagram", "move": "ask", "topic": topics[0]["title"],
                           "start": "2027-04-16 09:00"}  # fmt: skip
    story = {**ask, "move": "story", "continues": 0, "start": "2027-04-20 09:00"}
    first, then = (e.prompt for e in render(strategy, entries(strategy, [ask, story])))
    assert SHOWCASE["question"] in first
    assert "remind people of “Tweedside Wedding Showcase” on Saturday" in then, then
