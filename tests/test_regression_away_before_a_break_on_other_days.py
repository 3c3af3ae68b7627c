"""A florist's LinkedIn said four times in a quarter that it would be quieter over holidays.

Kept from Tuesday to Thursday, it still got an ``away`` note before Whit Monday and before
a Saturday holiday, which take none of its days, and its Pinterest got one as a pin, where
people find pins through search and nobody waits at a board for news. A break that falls on
none of a channel's days needs no note, and Pinterest has no notes at all.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make


def notes(**fields: object) -> list[tuple[str, str]]:
    strategy = make(region="DE-BW", months=3, **fields)
    return [(e.channel, e.start.date().isoformat()) for e in build(strategy).entries
            if e.move in ("away", "back")]  # fmt: skip


def test_a_break_on_none_of_its_days_needs_no_note() -> None:
    channels = {"linkedin": {"days": ["tue", "wed", "thu"]}, "instagram": {}}
    # Whit Monday (17 May) and Labour Day on a Saturday (1 May) take none of its days.
    assert ("linkedin", "2027-05-13") not in notes(channels=channels)
    assert ("linkedin", "2027-04-29") not in notes(channels=channels)


def test_pinterest_says_no_break() -> None:
    channels = {"pinterest": {"share": 0.5}, "instagram": {}}
    blackout = [{"from": date(2027, 3, 29), "to": date(2027, 4, 11), "reason": "Inventur"}]
    assert not [n for n in notes(channels=channels, blackout=blackout) if n[0] == "pinterest"]
