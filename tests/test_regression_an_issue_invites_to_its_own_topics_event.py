"""Regression: a newsletter on growing oysters at home invited to a food festival (r405).

A mushroom farm's issue about growing oyster mushrooms at home, six days before its oyster kit
workshop, invited its readers to a food festival twelve days off: the workshop was for the
workshop goal's people, the issue belonged to the market regulars' goal. A rare channel's
piece invites first to an event on its own topic for any of the channel's people.
"""

from __future__ import annotations

from datetime import date

from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_threads import make

GROWING = "Growing oyster mushrooms at home"


def strategy() -> Strategy:
    return make(
        language="en",
        goals=[
            {"id": "regulars", "text": "Market regulars come back"},
            {"id": "workshops", "text": "Fill the kit workshops",
             "invite": ["Oyster kit workshop"]},
        ],
        topics=[{"title": GROWING, "kind": "theme"},
                {"title": "Cooking with seasonal mushrooms", "kind": "theme"}],
        channels={"newsletter": {"goals": ["regulars", "workshops"], "posts_per_week": 0.5}},
        events=[
            {"title": "Oyster kit workshop", "date": date(2027, 5, 16), "topics": [GROWING]},
            {"title": "Mendip Food Festival", "date": date(2027, 5, 22),
             "topics": ["Cooking with seasonal mushrooms"]},
        ],
    )  # fmt: skip


def test_the_issue_invites_to_the_workshop_on_its_topic() -> None:
    rows = [{"channel": "newsletter", "move": "ask", "start": "2027-05-10 09:00",
             "topic": GROWING, "goal": "regulars"}]  # fmt: skip
    soon = contexts(strategy(), rows)(0)["event_soon"]
    assert soon is not None
    assert soon.title == "Oyster kit workshop"


def test_an_issue_on_another_topic_keeps_its_goals_event() -> None:
    rows = [{"channel": "newsletter", "move": "ask", "start": "2027-05-10 09:00",
             "topic": "Cooking with seasonal mushrooms", "goal": "regulars"}]  # fmt: skip
    soon = contexts(strategy(), rows)(0)["event_soon"]
    assert soon is None or soon.title == "Mendip Food Festival"
