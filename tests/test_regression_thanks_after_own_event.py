"""The morning after a campsite's midsummer fire, its thank-you round did not mention it.

„Bedank dich bei zwei Leuten, die euch zuletzt erwähnt haben“ on the day the photos of the
fire came in: the round was about cranes and beavers, and the fire about cake and bike
tours, so the event did not fit the round's topic. The mentions of the team are about what
it just did, whatever the topic: a thank-you there now looks back on it.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPICS = [
    {"title": "Kraniche am Ufer", "kind": "theme"},
    {"title": "Blechkuchen", "kind": "theme"},
]
EVENT = {"title": "Sonnenwendfeuer", "date": date(2027, 6, 19), "topics": ["Blechkuchen"]}


def test_a_thank_you_among_the_team_s_mentions_looks_back_on_its_event() -> None:
    strategy = make(topics=TOPICS, events=[EVENT], channels={"instagram": {}, "blog": {}})
    topic = "Kraniche am Ufer"
    rows = [
        {"channel": channel, "move": "thank", "start": f"2027-06-20 {hour}:00", "topic": topic}
        for channel, hour in (("instagram", 11), ("blog", 12))
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["place"]["id"] == "mentions"
    assert facts(0)["event_past"].title == "Sonnenwendfeuer"
    assert facts(1)["event_past"] is None  # under someone else's article, the topic decides
