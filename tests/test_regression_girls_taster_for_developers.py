"""A coding club's LinkedIn, which talks to developers it hopes will mentor, invited them to
its taster Saturday for girls.

The girls' goal invites to the Saturday; its theme, getting girls into coding, also named the
mentors' goal, and that widened the event to the mentors' channel. People who talk about a
theme are not an event's guests: where a goal invites to an event, themes no longer widen it.
"""

from __future__ import annotations

from datetime import date

from tests.test_threads import make

GOALS = [
    {"id": "girls", "text": "More girls", "invite": "Girls' taster Saturday"},
    {"id": "mentors", "text": "Volunteer mentors"},
]
TOPICS = [
    {"title": "Getting girls into coding", "kind": "theme", "goals": ["girls", "mentors"]},
    {"title": "Our Thursday club nights", "goals": ["girls"]},
]


def test_a_theme_does_not_widen_an_event_a_goal_invites_to() -> None:
    event = {"title": "Girls' taster Saturday", "date": date(2027, 4, 24),
             "topics": ["Getting girls into coding"]}  # fmt: skip
    strategy = make(language="en", goals=GOALS, topics=TOPICS, events=[event])
    assert strategy.goals_of_event(strategy.events[0]) == {"girls"}


def test_an_own_subject_still_does() -> None:
    """A history society tells everyone of its open day, the event's own subject."""
    event = {"title": "Girls' taster Saturday", "date": date(2027, 4, 24),
             "topics": ["Our Thursday club nights"]}  # fmt: skip
    topics = [*TOPICS[:1], {"title": "Our Thursday club nights"}]
    strategy = make(language="en", goals=GOALS, topics=topics, events=[event])
    assert strategy.goals_of_event(strategy.events[0]) == {"girls", "mentors"}
