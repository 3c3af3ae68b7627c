"""Regression: a suggested ``keep_in_touch`` that, once written in, still lost touch.

A team following "keep_in_touch: {close: 40}" got "{close: 45}", then "{close: 50}": a
longer interval moves a contact's turns later, so the plan's longest gap grew with it. The
suggestion is now tried before it is given.
"""

from __future__ import annotations

import re

import pytest

from dialogplan.contacts import KeepInTouch, parse_contacts
from dialogplan.people_check import check_people
from dialogplan.people_plan import name_people
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.support import ROOT, load_plan

SUGGESTED = re.compile(r"keep_in_touch: \{(\w+): (\d+)\}")


def _losing_tiers(strategy: Strategy) -> dict[str, int]:
    """Each losing tier and the interval its finding suggests."""
    work = schedule_work(strategy)
    check = check_people(strategy, name_people(strategy, work), work=work)
    found = (SUGGESTED.search(f.suggestion) for f in check.findings if f.code == "losing-touch")
    return {m[1]: int(m[2]) for m in found if m}


def _with_interval(strategy: Strategy, example: str, tier: str, days: int) -> Strategy:
    """The example with the team's ``keep_in_touch`` for ``tier`` set to ``days``."""
    keep = KeepInTouch(**{**strategy.keep_in_touch.model_dump(), tier: days})
    changed = strategy.model_copy(update={"keep_in_touch": keep})
    file = ROOT / "plans" / example / "contacts.csv"
    return changed.with_people(parse_contacts(file.read_bytes(), "contacts.csv", keep))


@pytest.mark.parametrize(
    ("example", "tier", "days"),
    [
        ("harbourline-advisory", "regular", 60),
        ("tischlerei-falk", "regular", 30),
        ("tischlerei-falk", "loose", 21),
    ],
)
def test_the_suggested_interval_keeps_the_tier_in_touch(example: str, tier: str, days: int) -> None:
    plan = load_plan(ROOT / "plans" / example / "strategy.yaml")
    plan = _with_interval(plan, example, tier, days)
    suggested = _losing_tiers(plan)
    assert tier in suggested
    assert tier not in _losing_tiers(_with_interval(plan, example, tier, suggested[tier]))
