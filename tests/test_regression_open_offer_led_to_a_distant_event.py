"""A 5k's buddy scheme for volunteers, introduced on 1 March, named the volunteers' briefing
on 12 May as the occasion in its first line: ten weeks away, with a link of its own (r316).

An offer without an end leads only to an event within the four weeks an announcement looks
ahead; nearer, the briefing is still what the offer's announcement names.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

BRIEFING = {"title": "Volunteer briefing and tea", "date": date(2027, 5, 12), "time": "19:00-20:30",
            "place": "Mill Lane Community Centre", "topics": ["Volunteer roles"]}  # fmt: skip
BUDDY = {"title": "Volunteer with a buddy", "topics": ["Volunteer roles"]}


def _announcement(day: str) -> str:
    strategy = make(language="en", events=[BRIEFING], offers=[BUDDY], channels={"facebook": {}},
                    topics=[{"title": "Volunteer roles"}])  # fmt: skip
    rows = [{"channel": "facebook", "move": "announce", "announce": BUDDY["title"],
             "start": f"{day} 09:00"}]  # fmt: skip
    return render(strategy, entries(strategy, rows))[0].prompt


def test_an_open_offer_does_not_name_an_event_ten_weeks_away() -> None:
    assert "12 May" not in _announcement("2027-03-01")


def test_an_open_offer_names_its_event_within_four_weeks() -> None:
    assert "12 May" in _announcement("2027-04-26")
