"""Regression: a LinkedIn reply for care homes' staff invited to a Death Café for families.

A funeral director's writer (r272) found the invitation under a piece on the first year of
grief: the Death Café lists that topic, but the goal inviting to it is the families', and the
strategy keeps LinkedIn for care partners. An entry on an event's topic invites to it only on
a channel that serves one of the event's goals.
"""

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "familien", "text": "Familien erreichen", "invite": ["Death Café"]},
    {"id": "partner", "text": "Pflegeheime als Partner"},
]
CAFE = {"title": "Death Café", "date": date(2027, 5, 26), "topics": ["Trauer im ersten Jahr"]}


@pytest.mark.parametrize(("channel", "invites"), [("linkedin", False), ("instagram", True)])
def test_an_event_on_the_topic_is_invited_to_where_its_people_are(
    channel: str, invites: bool
) -> None:
    channels = {"linkedin": {"goals": ["partner"]}, "instagram": {}}
    topics = [{"title": "Trauer im ersten Jahr", "kind": "theme"}, "Unser Haus"]
    strategy = make(goals=GOALS, topics=topics, channels=channels, events=[CAFE])
    row = {"channel": channel, "move": "reply", "start": "2027-04-28 12:00"}
    row |= {"topic": "Trauer im ersten Jahr", "goal": "partner"}
    found = contexts(strategy, [row])(0)["invite"]
    assert (getattr(found, "title", None) == "Death Café") is invites
