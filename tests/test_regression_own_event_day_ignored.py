"""Posts on the day of the team's own event, and the day after, never mentioned it.

Reviewers of a history society's plan and a coworking space's found prompts on the morning of
the Heritage Open Day and the evening after a breakfast that went on about other topics. Own
posts now look back on an event for their goal's people on its day and the day after, whatever
their topic; reply rounds and thank-yous on one their goal invites to; a thank-you round on
the event's morning says the people thanked are welcome today.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

TOPICS = [{"title": "Mowing verges", "kind": "theme"}, {"title": "Open Day", "kind": "own"}]
EVENTS = [{"title": "Open Day", "short": "the Open Day", "date": date(2027, 3, 13),
           "time": "10:00-16:00", "topics": ["Open Day"]}]  # fmt: skip
GOALS = [{"id": "visitors", "text": "Welcome visitors", "invite": "Open Day"},
         {"id": "members", "text": "Win members"}]  # fmt: skip


def strategy() -> Strategy:
    return make(language="en", goals=GOALS, topics=TOPICS, events=EVENTS,
                channels={"facebook": {}})  # fmt: skip


@pytest.mark.parametrize("move", ["ask", "story"])
def test_an_own_post_the_day_after_looks_back_whatever_its_topic(move: str) -> None:
    rows = [{"channel": "facebook", "move": move, "start": "2027-03-14 18:00",
             "topic": "Mowing verges", "goal": "members"}]  # fmt: skip
    assert contexts(strategy(), rows)(0)["event_past"].title == "Open Day"


def test_three_days_later_only_work_on_its_topic_looks_back() -> None:
    """Unless it is the channel's first own post since (a food truck's reviewer)."""
    rows = [{"channel": "facebook", "move": move, "start": f"2027-03-{day} 18:00",
             "topic": "Mowing verges", "goal": "members"}
            for move, day in (("story", 14), ("ask", 16))]  # fmt: skip
    assert contexts(strategy(), rows)(1)["event_past"] is None


def test_a_reply_round_the_evening_after_thanks_those_who_came() -> None:
    rows = [
        {"channel": "facebook", "move": "ask", "start": "2027-03-13 09:00",
         "topic": "Mowing verges", "goal": "visitors"},
        {"channel": "facebook", "move": "reply", "start": "2027-03-13 18:00",
         "topic": "Mowing verges", "goal": "visitors", "follows": 0},
    ]  # fmt: skip
    reply = render(strategy(), entries(strategy(), rows))[1]
    assert "the Open Day earlier today" in reply.prompt
    assert "thank" in reply.prompt


def test_a_thank_you_round_on_the_morning_says_today() -> None:
    rows = [{"channel": "facebook", "move": "thank", "start": "2027-03-13 08:00",
             "topic": "Mowing verges", "goal": "visitors"}]  # fmt: skip
    (thanks,) = render(strategy(), entries(strategy(), rows))
    assert "the Open Day today" in thanks.prompt
