"""Five writers of new strategies read "neither 60 more minutes a week nor an interval up to
regular's 90 days keeps them all" and could not tell why.

A kayak club's close contacts on its newsletter were named only in the rounds after an
issue, and two of them shared every round: no budget helps. The advice now says how long
the longest stretch is against the interval, and which entries name a contact of that tier
there.
"""

from __future__ import annotations

import re

from dialogplan.pipeline import build
from tests.support import PLANS, REVISED_AT, load_plan


def test_the_advice_says_what_holds_the_tier_back() -> None:
    strategy = load_plan(next(p for p in PLANS if p.parent.name == "harbourline-advisory"))
    # Without the trade fair, whose days leave the close contacts' rounds where they were.
    strategy = strategy.model_copy(update={"events": strategy.events[:1]})
    found = [f for f in build(strategy, revised_at=REVISED_AT).findings
             if f.code == "losing-touch" and "keeps them all" in f.suggestion]  # fmt: skip
    assert found
    for finding in found:
        assert re.search(r"the longest stretch without a touch is \d+ days against \d+;",
                         finding.suggestion)  # fmt: skip
        assert "name a close contact there" in finding.suggestion
