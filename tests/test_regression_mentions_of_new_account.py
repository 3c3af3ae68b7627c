"""A translator's brand-new Bluesky account was asked to thank the people who mentioned it.

"Pick two posts that mention you on Bluesky" in the first weeks of an account marked `new`:
nobody mentions an account that is a week old. A new channel's first weeks now listen,
comment and connect; thanks at its mentions come once people know it.
"""

from __future__ import annotations

from datetime import timedelta

from dialogplan.schedule import WARM_UP_WEEKS, schedule
from tests.test_schedule import make


def test_a_new_account_thanks_for_mentions_only_after_its_first_weeks() -> None:
    strategy = make(months=3, channels={"bluesky": {"new": True}, "linkedin": {}})
    entries = [e for e in schedule(strategy) if e.channel == "bluesky"]
    warm = [e for e in entries if e.warm_up]
    assert warm
    assert {e.move for e in warm} <= {"listen", "comment", "connect"}
    first_thanks = min(e.start.date() for e in entries if e.move == "thank")
    assert first_thanks >= strategy.start + timedelta(weeks=WARM_UP_WEEKS)
