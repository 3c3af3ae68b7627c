"""Regression: a lifeguards' question post on the morning of their info evening (r640).

A water-rescue group asked its Instagram about first-aid courses on the day of its own info
evening for summer duty, and said nothing of it: a question post carries one message, and the
evening, on another topic, was left out as bolted on. On the event's day, the event is what
the day is about: the post reminds people of it.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENING = {"title": "Infoabend Wachdienst", "date": date(2027, 3, 18), "time": "19:00-20:30",
           "topics": ["Wachdienst am See"]}  # fmt: skip
TOPICS = [
    {"title": "Erste Hilfe am Wasser", "kind": "theme",
     "questions": ["Was hast du aus deinem letzten Erste-Hilfe-Kurs wirklich behalten?"]},
    {"title": "Wachdienst am See", "kind": "theme"},
]  # fmt: skip


@pytest.mark.parametrize(("day", "named"), [(18, True), (16, False)])
def test_the_post_on_the_day_names_the_event(day: int, named: bool) -> None:
    strategy = make(topics=TOPICS, events=[EVENING], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "topic": "Erste Hilfe am Wasser",
             "start": f"2027-03-{day} 11:00"}]  # fmt: skip
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert ("Infoabend Wachdienst" in prompt) is named, prompt
