"""A guide-dog group's reply round at 19:30 on the last day of its fair stall, after the stall
had closed, still asked "Could you give us two hours as a marshal or on the stall?" (r310
writer). On the last day of what a goal invites to, its question stops once the day's
events are over.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTION = "Could you give us two hours as a marshal or on the stall?"
GOALS = [{"id": "helpers", "text": "Find fair helpers", "invite": ["Spring Fair stall"],
          "question": QUESTION}]  # fmt: skip
EVENT = {"title": "Spring Fair stall", "date": date(2027, 5, 15), "until": date(2027, 5, 16),
         "time": "10:00-16:00", "place": "Showground"}  # fmt: skip


def test_the_goals_question_stops_once_its_last_event_is_over() -> None:
    strategy = make(language="en", goals=GOALS, events=[EVENT], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "reply", "start": f"2027-05-16 {hour}",
             "topic": "", "goal": "helpers"} for hour in ("09:00", "19:30")]  # fmt: skip
    facts = contexts(strategy, rows)
    assert [facts(i)["goal_question"] for i in range(2)] == [QUESTION, ""]
