"""An offer the plan never announced went unmentioned by the check.

Three strategy writers in one session found an offer with 0 announcements in the prompt
figures (a vintage shop's clear-out buying, a sailing school's children's courses, a
roaster's office trial pack), while `check` said nothing: `unannounced` looked at events
only. An offer running two weeks or more inside the horizon that no post announces is now
reported, with the minutes, tried, that would announce it, or what stands in the way.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.pipeline import build
from dialogplan.strategy import parse_strategy
from tests.support import REVISED_AT, ROOT

SHOP = ROOT / "tests" / "strategies" / "thistle-thread.yaml"


def test_an_offer_no_post_announces_is_reported() -> None:
    strategy = parse_strategy(SHOP.read_text("utf-8"), "thistle-thread.yaml")
    outputs = build(strategy, revised_at=REVISED_AT)
    announced = {e.announce for e in outputs.entries if e.announce}
    assert "Bring us your clear-out" not in announced
    (finding,) = [
        f for f in outputs.findings if f.code == "unannounced" and "clear-out" in f.message
    ]
    assert "has no announcement of its own" in finding.message
    assert "(named or linked, as `prompts` counts them)" in finding.message
    assert "other prompts" not in finding.message
    assert finding.suggestion


def test_an_offer_of_one_day_is_not_reported() -> None:
    strategy = parse_strategy(SHOP.read_text("utf-8"), "thistle-thread.yaml")
    offers = [o.model_copy(update={"until": o.start}) for o in strategy.offers]  # one day
    strategy = strategy.model_copy(update={"offers": offers})
    found = check_plan(strategy, build(strategy, revised_at=REVISED_AT).entries)
    assert not [f for f in found if f.code == "unannounced" and "clear-out" in f.message]
