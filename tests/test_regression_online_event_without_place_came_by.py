"""A coach's „Online-Stammtisch „Dialog statt Werbung““ had no place, and every reply round
before it said „Komm gern vorbei: Online-Stammtisch ‚Dialog statt Werbung‘ ist morgen.“

Only a place starting "online" or "per Zoom" made an event one on the internet. Without a
place, its name says so too: nobody comes by to an Online-Stammtisch or a webinar. A title
in its own quotes gets the article of the word before them.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.calendar_hooks import Announcements
from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

STAMMTISCH = {"title": 'Online-Stammtisch "Dialog statt Werbung"', "date": date(2027, 3, 10)}


@pytest.mark.parametrize(
    ("title", "place", "online"),
    [
        ('Online-Stammtisch "Dialog statt Werbung"', "", True),
        ('Webinar "What we learned from 40 supplier failures"', "", True),
        ("Onlineshop-Party", "im Laden", False),
        ("Tag der offenen Tür", "", False),
    ],
)
def test_a_name_without_a_place_may_say_online(title: str, place: str, online: bool) -> None:
    event = {"title": title, "date": date(2027, 3, 10)} | ({"place": place} if place else {})
    strategy = make(events=[event])
    found = Announcements(strategy, str)._event(strategy.events[0], date(2027, 3, 9))
    assert found.online is online


def test_the_reply_round_before_it_asks_people_to_join() -> None:
    strategy = make(events=[STAMMTISCH], channels={"linkedin": {}})
    rows = asked_and_answered("linkedin", ["2027-03-09"] * 3)
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    invited = [p for p in replies if "Stammtisch" in p]
    assert invited
    for prompt in invited:
        assert "vorbei" not in prompt
        assert "Sei gern dabei: Der Online-Stammtisch ‚Dialog statt Werbung‘ ist morgen." in prompt
