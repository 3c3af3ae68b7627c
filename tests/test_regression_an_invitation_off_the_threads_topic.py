"""A memory café's prompts pointed a thread about walks to the volunteers' taster evening,
the first of its goal's invitations, and not to the weekly walk that belongs to the topic
(r343); a roastery's cold-brew thread was pointed to an espresso course (r334).

Of the offers and events an entry may point to, those of its own topic come first.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make


def test_the_offer_of_the_threads_topic_comes_first() -> None:
    topics = [{"title": "Walks round the town", "kind": "own"}, "Volunteering"]
    goals = [{"id": "families", "text": "Families come along",
              "invite": ["Volunteer taster evening", "Thursday Walk & Talk"]}]  # fmt: skip
    offers = [{"title": "Thursday Walk & Talk", "every": "thu", "time": "10:00-11:30",
               "topics": ["Walks round the town"]}]  # fmt: skip
    events = [{"title": "Volunteer taster evening", "date": date(2027, 4, 22)}]
    strategy = make(language="en", topics=topics, goals=goals, offers=offers, events=events,
                    channels={"facebook": {}})  # fmt: skip
    row = {"channel": "facebook", "move": "story", "start": "2027-04-06 18:00",
           "topic": "Walks round the town", "goal": "families"}  # fmt: skip
    invite = contexts(strategy, [row])(0)["invite"]
    assert invite is not None and invite.title == "Thursday Walk & Talk", invite
