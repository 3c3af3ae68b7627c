"""Findings that said "more minutes" without saying where, or whether it would help.

An architecture practice's talk was announced once, and the warning said "give such a
channel more hours": the team tried the newsletter, then Instagram, then three amounts on
LinkedIn before one worked. A tutor's new job found no congratulation, and "give the
channel more minutes" did not help at any amount the team tried. Both findings now name the
channel and the extra minutes with which the plan, made again, does it, and giving them
clears the finding.
"""

from __future__ import annotations

import re
from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.pipeline import build
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from dialogplan.trials import with_more_minutes
from tests.support import PLANS, REVISED_AT, load_plan
from tests.test_threads import make

SUGGESTED = re.compile(r"^Give (\w+) (\d+) more minutes a week")
NEWS_SUGGESTED = re.compile(r"give (\w+) (\d+) more minutes a week")


def _unannounced(strategy: Strategy) -> list[str]:
    found = check_plan(strategy, schedule_work(strategy))
    return [f.suggestion for f in found if f.code == "unannounced"]


def test_the_suggested_minutes_announce_the_event() -> None:
    strategy = make(
        hours_per_week=1,
        channels={"linkedin": {"hours_per_week": 0.5}, "instagram": {"hours_per_week": 0.5}},
        events=[{"title": "Tag der offenen Werkstatt", "date": date(2027, 4, 24)}],
    )
    (suggestion,) = _unannounced(strategy)
    match = SUGGESTED.match(suggestion)
    assert match, suggestion
    channel = {"LinkedIn": "linkedin", "Instagram": "instagram"}[match[1]]
    assert _unannounced(with_more_minutes(strategy, [channel], int(match[2]))) == []


def _missed_news(strategy: Strategy) -> list[str]:
    found = build(strategy, revised_at=REVISED_AT).findings
    return [f.suggestion for f in found if f.code == "missed-news"]


def test_the_suggested_minutes_congratulate_on_the_news() -> None:
    strategy = load_plan(next(p for p in PLANS if p.parent.name == "tischlerei-falk"))
    (suggestion,) = _missed_news(strategy)
    match = NEWS_SUGGESTED.search(suggestion)
    assert match, suggestion
    assert match[1] == "LinkedIn"
    assert _missed_news(with_more_minutes(strategy, ["linkedin"], int(match[2]))) == []
