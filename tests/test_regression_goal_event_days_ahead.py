"""A riding school's replies about its school ponies, four days before its open stable day,
did not mention it: the day listed other topics. Its goal invited the people the replies
were for to exactly that day.

In the last four days before an event a goal invites to, that goal's work names it whatever
its topic; other goals' work keeps to the events of its topics.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

DAY = {"title": "Tag der offenen Stalltür", "date": date(2027, 5, 9), "topics": ["Reitferien"]}


def test_an_event_the_goal_invites_to_comes_up_days_before() -> None:
    strategy = make(
        goals=[
            {"id": "reiter", "text": "Reitschüler gewinnen", "invite": DAY["title"]},
            {"id": "azubi", "text": "Eine Auszubildende finden"},
        ],
        topics=["Unsere Schulponys", "Reitferien"],
        events=[DAY],
    )
    rows = [
        {"channel": "linkedin", "move": "ask", "start": start, "topic": "Unsere Schulponys",
         "goal": goal}
        for start, goal in (("2027-05-03 08:00", "reiter"), ("2027-05-05 08:00", "reiter"),
                            ("2027-05-05 08:00", "azubi"))
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["event_soon"] is None
    assert facts(1)["event_soon"].title == DAY["title"]
    assert facts(2)["event_soon"] is None
