"""Regression: a thank-you for shares of a boat-care question invited to a job trial day.

A canoe rental's reviewer (r268) read „Komm gern vorbei: Der Schnuppertag ist am Samstag“ under
a post on boat care: the entry served the goal of finding seasonal staff, but a thread on boat
care speaks to every paddler. An event for one goal's people alone comes up in threads on its
own topics and on those meant for that goal; an event for several goals' people still comes
up in the week before it on any thread of theirs.
"""

from datetime import date
from typing import Any

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "gaeste", "text": "Mehr Buchungen für Touren"},
    {"id": "saison", "text": "Drei Saisonkräfte finden", "invite": "Schnuppertag"},
]
TOPICS = [
    {"title": "Bootspflege", "kind": "theme"},
    {"title": "Ein Sommer als Saisonkraft", "goals": ["saison"]},
    {"title": "Ein Tag am Steg", "goals": ["saison", "gaeste"]},
]


def event(topic: str) -> dict[str, Any]:
    return {"title": "Schnuppertag", "date": date(2027, 4, 10), "topics": [topic]}


def hook(topic: str, on: str, move: str, day: int = 5) -> object:
    strategy = make(goals=GOALS, topics=TOPICS, events=[event(on)])
    row = {"channel": "instagram", "move": move, "start": f"2027-04-{day:02} 18:00"}
    row |= {"topic": topic, "goal": "saison"}
    return contexts(strategy, [row])(0)["event_soon"]


@pytest.mark.parametrize("day", [5, 7])
@pytest.mark.parametrize("move", ["reply", "thank"])
def test_an_event_for_one_goal_stays_out_of_a_thread_for_everyone(move: str, day: int) -> None:
    assert hook("Bootspflege", "Ein Sommer als Saisonkraft", move, day) is None


def test_it_comes_up_on_its_own_topic() -> None:
    found = hook("Ein Sommer als Saisonkraft", "Ein Sommer als Saisonkraft", "reply")
    assert getattr(found, "title", None) == "Schnuppertag"


def test_an_event_for_several_goals_comes_up_in_any_thread_of_theirs() -> None:
    found = hook("Bootspflege", "Ein Tag am Steg", "reply")
    assert getattr(found, "title", None) == "Schnuppertag"


def test_an_event_for_a_goal_no_topic_names_comes_up_in_any_thread() -> None:
    goals = [GOALS[0], GOALS[1] | {"invite": []}]
    goals.append({"id": "gruppen", "text": "Gruppen", "invite": "Gruppenabend"})
    evening = {"title": "Gruppenabend", "date": date(2027, 4, 10)}
    strategy = make(goals=goals, topics=TOPICS, events=[evening])
    row = {"channel": "instagram", "move": "reply", "start": "2027-04-05 18:00"}
    found = contexts(strategy, [row | {"topic": "Bootspflege", "goal": "gruppen"}])(0)
    assert getattr(found["event_soon"], "title", None) == "Gruppenabend"
