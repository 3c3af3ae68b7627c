"""„Fewer close contacts (make some regular)“ was advice nobody had tried.

An acoustician made both of its losing close contacts regular, as told, and then a regular
contact lost touch instead; which ones, and how many, the finding did not say. Making the
contacts who lose touch the next tier down is now tried: where it keeps everyone, the finding
says so; where it does not, it says that too.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from dialogplan.people_check import PeopleCheck
from dialogplan.strategy import Strategy
from tests.support import PLANS, build, load_plan


def _check(strategy: Strategy) -> PeopleCheck:
    """The people check as ``plan`` makes it."""
    return build(strategy).people


def test_making_the_losing_contacts_regular_does_what_the_finding_says() -> None:
    strategy = load_plan(next(p for p in PLANS if p.parent.name == "harbourline-advisory"))
    check = _check(strategy)
    promises = [f.suggestion for f in check.findings if f.code == "losing-touch"]
    tried = [s for s in promises if "regular" in s and ("make those" in s or "was tried" in s)]
    assert tried, promises
    rows = {c.row for c in check.losing if c.channel == "linkedin" and c.tier == "close"}
    days = timedelta(days=strategy.keep_in_touch.days("regular"))
    people = tuple(
        dataclasses.replace(c, tier="regular", interval=days) if c.row in rows else c
        for c in strategy.people.people
    )
    after = _check(strategy.with_people(dataclasses.replace(strategy.people, people=people)))
    kept = {c.row for c in after.losing} <= {c.row for c in check.losing} - rows
    # Either promise holds: "make those regular" keeps everyone, "was tried" does not.
    assert kept == any("make those" in s for s in tried), tried
