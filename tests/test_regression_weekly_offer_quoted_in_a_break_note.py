"""A motorcycle club's note before a break said „Sag dazu, dass „offener Clubabend“ am 26. März
ausfällt“ (r386 writer). A short form of an adjective and a noun takes its article there:
„dass der offene Clubabend am 26. März ausfällt“.
"""

from __future__ import annotations

import re
from datetime import date

from tests.support import build
from tests.test_threads import make


def test_the_club_night_is_named_with_its_article() -> None:
    strategy = make(
        months=2,
        offers=[{"title": "Offener Clubabend im Vereinsheim", "short": "offener Clubabend",
                 "every": "fri", "time": "19:00-22:00"}],
        blackout=[{"from": date(2027, 3, 20), "to": date(2027, 4, 4)}],
    )  # fmt: skip
    said = [
        found
        for entry in build(strategy).entries
        if entry.move == "away"
        for found in re.findall(r"(?:Sag dazu, dass|Fällt) [^.]*", entry.prompt)
    ]
    assert said
    assert all(" der offene Clubabend" in line for line in said), said
