"""A model railway club's newsletter, the day after its swap meet, was an issue on landscaping
for the other clubs and never mentioned the meet, which it had invited its visitors to (r301).

A channel whose pieces are rare looks back on the week's event for the people of any goal it
serves, not only for the goal of the piece at hand.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "besucher", "text": "Besucher gewinnen", "invite": ["Tauschbörse"]},
    {"id": "szene", "text": "Mit anderen Vereinen im Gespräch bleiben"},
]
TOPICS = [
    {"title": "Fahrtage", "goals": ["besucher"]},
    {"title": "Landschaftsbau", "goals": ["szene"]},
]
EVENT = {"title": "Tauschbörse", "date": date(2027, 5, 23), "time": "09:00-13:00",
         "place": "Güterschuppen", "topics": ["Fahrtage"]}  # fmt: skip


def test_the_issue_after_an_event_looks_back_on_it_whatever_its_goal() -> None:
    strategy = make(
        goals=GOALS,
        topics=TOPICS,
        events=[EVENT],
        channels={"newsletter": {"posts_per_week": 0.5}, "instagram": {}},
    )
    rows = [{"channel": "newsletter", "move": "article", "start": "2027-05-24 09:00",
             "topic": "Landschaftsbau", "goal": "szene"}]  # fmt: skip
    assert getattr(contexts(strategy, rows)(0)["event_past"], "title", None) == "Tauschbörse"
