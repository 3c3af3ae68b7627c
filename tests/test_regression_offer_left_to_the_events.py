"""An architects' free retrofit chat, the offer that brings the enquiries, was never announced.

Under the one-in-ten rule the plan's few announcements went to its two events first, and the
writers of three strategies in a row found no way to say the offer mattered more: `validate`
only advised fewer events. An offer or event marked `announce_first` gets its announcement
before the others, and `validate` suggests the mark where it was tried and works.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make

OFFER = "Free retrofit chat"


def strategy(*, first: bool) -> Any:
    events = [
        {"title": "Open house", "date": date(2027, 4, 24)},
        {"title": "Community talk", "date": date(2027, 5, 19)},
    ]
    offers = [{"title": OFFER, "from": date(2027, 3, 1), "until": date(2027, 5, 31),
               "announce_first": first}]  # fmt: skip
    return make(language="en", months=3, hours_per_week=2, events=events, offers=offers)


def announced(plan: Any) -> set[str]:
    return {entry.announce for entry in schedule_work(plan) if entry.announce}


def test_the_offer_marked_first_is_announced_before_the_events() -> None:
    assert OFFER not in announced(strategy(first=False))
    assert OFFER in announced(strategy(first=True))


def test_validate_suggests_the_mark() -> None:
    plan = strategy(first=False)
    findings = check_plan(plan, render(plan, schedule_work(plan)))
    fixes = [f.suggestion for f in findings if f.code == "unannounced" and OFFER in f.message]
    assert fixes and "announce_first: true" in fixes[0], fixes
