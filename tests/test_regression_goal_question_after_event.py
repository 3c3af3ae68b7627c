"""A photo studio asked people to its open studio evening eleven days after it.

The goal invited to the evening and its question asked "Would you like to come to our open
studio evening …?"; a reply round in March still put it to the keenest commenter. A goal's
question is no longer asked after the event the goal invites to.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTION = "Would you like to come to our open studio evening?"


def test_a_goal_s_question_ends_with_the_event_it_invites_to() -> None:
    goals = [{"id": "couples", "text": "More wedding bookings", "who": "engaged couples",
              "invite": "Open studio evening", "question": QUESTION}]  # fmt: skip
    events = [{"title": "Open studio evening", "date": date(2027, 2, 25)}]
    strategy = make(language="en", goals=goals, events=events, channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "reply", "start": f"2027-{day} 18:00"}
        for day in ("02-20", "03-08")
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["goal_question"] == QUESTION
    assert facts(1)["goal_question"] == ""
