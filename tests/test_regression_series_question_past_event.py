"""A history society's reply round on 25 June invited people to "Saturday 15 May", six weeks
gone, and in the next sentence to 10 July: both scanning mornings shared one question, and the
question was taken for the first. It was also timely only before the last of them.

A question two events share is about the next of them still to come, and it may be asked in
the weeks before each.
"""

from __future__ import annotations

from datetime import date

from dialogplan.strategy import Strategy
from dialogplan.team_material import questions_in_turn
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Which old photo would you bring along to be scanned?"


def _strategy() -> Strategy:
    topics = [{"title": "Old family photos", "kind": "theme"}]
    events = [{"title": f"Photo scanning morning, {d:%d %B}", "date": d, "question": QUESTION,
               "topics": ["Old family photos"]}
              for d in (date(2027, 5, 15), date(2027, 7, 10))]  # fmt: skip
    return make(language="en", topics=topics, events=events)


def test_a_shared_question_is_about_the_next_event_of_the_series() -> None:
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-06-25 08:00"},
        {"channel": "instagram", "move": "reply", "start": "2027-06-25 18:00", "follows": 0},
    ]
    facts = contexts(_strategy(), rows)
    assert facts(0)["question"] == QUESTION
    assert facts(1)["earlier"]["invited"].title == "Photo scanning morning, 10 July"


def test_a_shared_question_is_timely_before_each_event() -> None:
    strategy = _strategy()
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-05-03 08:00"}]
    assert questions_in_turn(strategy, entries(strategy, rows)) == [QUESTION]
