"""A kayak guide's plan asked for a summer assistant two weeks after the job offer closed.

„Would you like to spend a summer guiding with us?“ went to a commenter on 30 May; the
assistant-guide offer ran until 16 May. The goal's question stops once everything it
invites to is over, an offer at its last day as an event at its date.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTION = "Would you like to spend a summer guiding with us?"
OFFER = {"title": "Assistant guide for summer 2027", "until": date(2027, 5, 16)}
GOALS = [{"id": "guides", "text": "Find a guide", "invite": OFFER["title"], "question": QUESTION}]


def test_the_goal_s_question_ends_with_its_offer() -> None:
    strategy = make(language="en", goals=GOALS, offers=[OFFER], channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "meet", "start": f"2027-05-{day} 18:00", "topic": ""}
        for day in (10, 30)
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["goal_question"] == QUESTION
    assert facts(1)["goal_question"] == ""
