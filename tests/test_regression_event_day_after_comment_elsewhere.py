"""The morning after a ride the team invited to, comments went to posts on another topic.

A reviewer of cargo-bike couriers' plan read "comment on two posts about cycling in the rain"
on the morning after the Critical Mass the team had invited its cyclists to, when the posts
to answer were the photos from the night before. On an event's day, once it is over, and the
day after, comment and listening rounds for the people a goal invites to look for posts
about it, whatever their topic.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

TOPICS = [{"title": "Riding in the rain", "kind": "theme"}, {"title": "Critical Mass"}]
EVENTS = [{"title": "Critical Mass in June", "date": date(2027, 6, 25), "time": "18:00-20:30",
           "topics": ["Critical Mass"]}]  # fmt: skip
GOALS = [{"id": "riders", "text": "Be part of the scene", "invite": "Critical Mass in June"},
         {"id": "shops", "text": "Win shops"}]  # fmt: skip


def strategy() -> Strategy:
    return make(language="en", goals=GOALS, topics=TOPICS, events=EVENTS,
                channels={"instagram": {}})  # fmt: skip


def row(move: str, goal: str, day: str = "2027-06-26") -> dict[str, str]:
    return {"channel": "instagram", "move": move, "start": f"{day} 08:00",
            "topic": "Riding in the rain", "goal": goal}  # fmt: skip


@pytest.mark.parametrize("move", ["comment", "listen"])
def test_the_morning_after_looks_for_posts_about_the_event(move: str) -> None:
    assert contexts(strategy(), [row(move, "riders")])(0)["event_past"].title == (
        "Critical Mass in June"
    )


def test_the_comment_prompt_names_the_event() -> None:
    (comment,) = render(strategy(), entries(strategy(), [row("comment", "riders")]))
    assert "Critical Mass in June" in comment.prompt


def test_another_goals_round_keeps_to_its_topic() -> None:
    assert contexts(strategy(), [row("comment", "shops")])(0)["event_past"] is None


def test_three_days_later_the_topic_leads_again() -> None:
    later = row("comment", "riders", day="2027-06-28")
    assert contexts(strategy(), [later])(0)["event_past"] is None
