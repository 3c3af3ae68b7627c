"""A missed-news finding dated a week before the plan said the news was "inside the plan".

An optician's head-teacher contact was appointed on 4 January, a week before the plan
started; the finding's period read 2027-01-04 under a message about news inside the plan.
News counts from two weeks before the plan on (its congratulation may still fall inside the
plan), and the message says so.
"""

from __future__ import annotations

from dialogplan.pipeline import build
from tests.support import PLANS, REVISED_AT, load_plan


def test_the_message_says_news_before_the_plan_counts() -> None:
    strategy = load_plan(next(p for p in PLANS if p.parent.name == "tischlerei-falk"))
    (finding,) = [f for f in build(strategy, revised_at=REVISED_AT).findings
                  if f.code == "missed-news"]  # fmt: skip
    assert "inside the plan" not in finding.message
    assert "from two weeks before the plan on" in finding.message
