"""A missed piece of news was dated by the plan's first day.

A co-working space's report listed "News missed · whole plan · 2027-01-04" for a contact's
news of 18 January: the team looked for something on the day the plan starts. The finding
now spans the days of the news it is about.
"""

from __future__ import annotations

from dialogplan.pipeline import build
from tests.support import PLANS, REVISED_AT, load_plan


def test_missed_news_is_dated_by_the_news() -> None:
    strategy = load_plan(next(p for p in PLANS if p.parent.name == "tischlerei-falk"))
    (finding,) = [f for f in build(strategy, revised_at=REVISED_AT).findings
                  if f.code == "missed-news"]  # fmt: skip
    news = {c.news.day for c in strategy.people if c.news is not None}
    assert finding.start in news
    assert finding.start != strategy.start
    assert finding.end in news
