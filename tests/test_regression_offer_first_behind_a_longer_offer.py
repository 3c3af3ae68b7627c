"""A bottle shop's Easter bundle, marked `announce_first`, was never announced.

Its mixed case of the month ran all quarter and came first in the strategy; the Easter
bundle ran two weeks, and the team marked it to be announced first. An offer announcement
took the first offer not yet announced, in the strategy's order, so the mixed case took the
channel's offer announcement in the bundle's two weeks, and the bundle got none. Offers the
team marked first, then those held for a channel, now come before the others.
"""

from __future__ import annotations

from datetime import date

from dialogplan.schedule import schedule_work
from tests.test_threads import make

BUNDLE = "Easter bottle bundle"
OFFERS = [
    {"title": "Mixed case of the month", "from": date(2027, 3, 1), "until": date(2027, 5, 31)},
    {"title": BUNDLE, "from": date(2027, 3, 15), "until": date(2027, 3, 29),
     "announce_first": True},
]  # fmt: skip
EVENTS = [{"title": "Orange wine evening", "date": date(2027, 3, 18)},
          {"title": "Meet the brewer", "date": date(2027, 4, 22)},
          {"title": "Spring Beer Weekend", "date": date(2027, 5, 15)}]  # fmt: skip


def test_the_offer_marked_first_is_announced() -> None:
    strategy = make(language="en", months=3, hours_per_week=2, offers=OFFERS, events=EVENTS,
                    channels={"instagram": {}, "facebook": {}})  # fmt: skip
    assert BUNDLE in {entry.announce for entry in schedule_work(strategy)}
