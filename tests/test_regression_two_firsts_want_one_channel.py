"""A youth club marked its weekly club night and its maypole dance to be announced first.

The dance, held first, took the one Instagram announcement, although the Facebook page could
announce it too; the club night is for young people whom only Instagram reaches, so it was
announced by no post at all. An announcement already held now moves to another channel that
can make it, where that makes room for the next.
"""

from __future__ import annotations

from datetime import date

from dialogplan.announcements import Announcer, Quotas
from tests.test_threads import make

CLUB_NIGHT, DANCE = "Offener Clubabend", "Tanz in den Mai"


def test_both_firsts_are_held_on_channels_that_reach_their_people() -> None:
    strategy = make(
        months=3,
        goals=[
            {"id": "nachwuchs", "text": "Neue Mitglieder", "invite": CLUB_NIGHT},
            {"id": "helfer", "text": "Helfer finden"},
        ],
        channels={
            "instagram": {"goals": ["nachwuchs", "helfer"]},
            "facebook": {"goals": ["helfer"]},
        },
        offers=[{"title": CLUB_NIGHT, "every": "fri", "announce_first": True}],
        events=[{"title": DANCE, "date": date(2027, 4, 30), "announce_first": True}],
    )
    quotas = Quotas({"instagram": 1, "facebook": 1}, 3)
    held = Announcer(strategy, quotas, lambda *_: True).held
    assert {title: channel for title, (channel, _) in held.items()} == {
        DANCE: "facebook",
        CLUB_NIGHT: "instagram",
    }
