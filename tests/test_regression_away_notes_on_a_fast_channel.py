"""A translator's Bluesky, kept an hour a week, said four times in a quarter it would be away.

Bluesky's followers notice a few quiet days, so every bank holiday got a note there: before
Easter, before her course, before May Day and before the spring bank holiday, against three
questions asked in the same quarter. A single holiday is a long weekend on Bluesky too: it
gets a note only where the plan would otherwise leave the channel silent too long.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make

COURSE = {"from": date(2027, 4, 19), "to": date(2027, 4, 23), "reason": "Terminology course"}


def test_a_fast_channel_says_nothing_before_one_holiday() -> None:
    strategy = make(language="en", region="GB-ENG", months=3, blackout=[COURSE],
                    channels={"bluesky": {"hours_per_week": 1}, "linkedin": {}})  # fmt: skip
    notes = [e.start.date() for e in build(strategy).entries
             if e.channel == "bluesky" and e.move == "away"]  # fmt: skip
    assert date(2027, 3, 25) in notes  # the Thursday before Good Friday
    assert date(2027, 4, 17) in notes  # the Saturday before the course
    assert not [day for day in notes if day > date(2027, 5, 3)], notes  # none for 31 May
