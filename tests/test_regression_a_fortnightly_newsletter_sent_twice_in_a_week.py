"""Regression: a fortnightly newsletter went out on 11 and 15 March, then on 7 April (r432).

A model boat club set its newsletter to one issue a fortnight (`posts_per_week: 0.5`), and the
plan sent two issues four days apart: the minutes saved up in its first weeks paid for both.
Issues other than invitations keep their rhythm, at least three fifths of their average
distance apart.
"""

from __future__ import annotations

from itertools import pairwise

from dialogplan.moves import MOVES
from dialogplan.schedule import schedule
from tests.test_threads import make


def issue_days(posts_per_week: float) -> list[int]:
    newsletter = {"hours_per_week": 0.5, "posts_per_week": posts_per_week}
    strategy = make(language="en", channels={"newsletter": newsletter}, months=3)
    days = [
        e.start.date()
        for e in schedule(strategy)
        if e.channel == "newsletter" and MOVES[e.move].own_post and not e.announce
    ]
    return [(b - a).days for a, b in pairwise(days)]  # fmt: skip


def test_a_fortnightly_newsletter_keeps_its_rhythm() -> None:
    gaps = issue_days(0.5)
    assert len(gaps) >= 3
    assert min(gaps) >= 8, gaps
