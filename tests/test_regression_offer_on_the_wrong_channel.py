"""An escape-room company's team-building offer was announced only on its Instagram.

The offer was for HR managers, the people its LinkedIn serves; Instagram serves groups of
friends, with their hashtags. Offers went to whichever channel had room for an
announcement. An offer now goes out only on channels that serve the goals it is for.
"""

from __future__ import annotations

from datetime import date

from dialogplan.schedule import schedule_work
from tests.test_threads import make

GOALS = [
    {"id": "teams", "text": "Team days", "invite": "Team-building afternoons"},
    {"id": "friends", "text": "Weeknight groups"},
]
OFFER = {"title": "Team-building afternoons", "from": date(2027, 3, 1)}


def test_an_offer_goes_out_where_its_people_are() -> None:
    channels = {"linkedin": {"goals": ["teams"]}, "instagram": {"goals": ["friends"]}}
    strategy = make(language="en", goals=GOALS, offers=[OFFER], channels=channels)
    announced = {e.channel for e in schedule_work(strategy) if e.announce == OFFER["title"]}
    assert announced == {"linkedin"}
