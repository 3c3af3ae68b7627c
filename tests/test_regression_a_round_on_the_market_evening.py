"""Regression: a village shop's comment round on the evening of its Easter market (r522).

The market was the volunteers' goal's invitation; the Instagram round that evening served
the members' goal, and commented on winter vegetables as if nothing had happened. Its
visitors post about it that evening: on an event's evening a comment or listening round looks
back on any event for the people its channel serves; the day after, only on its goal's
(``test_regression_event_day_after_comment_elsewhere``).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

MARKET = {"title": "Ostermarkt vor dem Laden", "date": date(2027, 3, 20), "time": "10:00-15:00"}
GOALS = [{"id": "ehrenamt", "text": "Ehrenamtliche finden", "invite": MARKET["title"]},
         {"id": "mitglieder", "text": "Mitglieder gewinnen"}]  # fmt: skip


@pytest.mark.parametrize("move", ["comment", "listen"])
@pytest.mark.parametrize("day", ["2027-03-20 18:20"])
def test_a_round_for_another_goal_looks_back_on_the_market(move: str, day: str) -> None:
    strategy = make(goals=GOALS, events=[MARKET], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": move, "start": day, "goal": "mitglieder",
             "topic": "Fachkräfte finden"}]  # fmt: skip
    assert contexts(strategy, rows)(0)["event_past"].title == MARKET["title"]


@pytest.mark.parametrize("day", ["2027-03-20 12:00", "2027-03-21 11:00", "2027-03-24 11:00"])
def test_before_its_end_and_the_days_after_it_keeps_to_its_topic(day: str) -> None:
    strategy = make(goals=GOALS, events=[MARKET], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "comment", "start": day,
             "goal": "mitglieder", "topic": "Fachkräfte finden"}]  # fmt: skip
    assert contexts(strategy, rows)(0)["event_past"] is None
