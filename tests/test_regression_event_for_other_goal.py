"""A gym's LinkedIn, kept for firms booking team days, sent HR managers to a setters' evening.

An event came up in any entry in the days before it. It now comes up only in work for the
goals it is for: the goals that invite to it and those of its topics.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "setters", "text": "Recruit volunteer route setters", "invite": "Setters' evening"},
    {"id": "teams", "text": "Book corporate team days"},
]
EVENT = {"title": "Setters' evening", "date": date(2027, 3, 10), "time": "19:00-21:30"}


def test_an_event_comes_up_only_for_its_goals() -> None:
    strategy = make(language="en", goals=GOALS, events=[EVENT], channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "ask", "start": "2027-03-09 08:00", "goal": "teams"},
        {"channel": "facebook", "move": "ask", "start": "2027-03-09 09:00", "goal": "setters"},
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["event_soon"] is None
    assert facts(1)["event_soon"].title == "Setters' evening"
