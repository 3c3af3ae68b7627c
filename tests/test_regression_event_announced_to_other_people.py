"""An event for a goal's people was announced again on a channel that serves other people.

A rowing club's regatta, which its goal for helpers invites to, got its second announcement on
the LinkedIn that serves only its sponsor search: the reminder went to a channel that had not
announced it yet, whoever read there. An event now goes first to the channels that serve its
people, and spreads among them; another channel takes it only when none of them can.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make

EVENT = {"title": "Tag der offenen Werkstatt", "date": date(2027, 4, 17), "time": "11:00-15:00",
         "place": "Werkstatt, Hauptstraße 4, Wuppertal"}  # fmt: skip


def test_an_event_is_announced_where_its_people_are() -> None:
    strategy = make(
        goals=[
            {"id": "nachbarn", "text": "Nachbarn in die Werkstatt holen", "invite": EVENT["title"]},
            {"id": "partner", "text": "Architekturbüros kennenlernen"},
        ],
        channels={
            "linkedin": {"share": 0.4, "goals": ["partner"]},
            "instagram": {"share": 0.6, "goals": ["nachbarn"]},
        },
        events=[EVENT],
        months=3,
        hours_per_week=6,
    )
    announced = [e.channel for e in build(strategy).entries if e.announce == EVENT["title"]]
    assert len(announced) >= 2
    assert set(announced) == {"instagram"}
