"""The prompt figures left out an offer the plan never announced.

An art school's summer courses ran for the plan's last six weeks; `dialogplan prompts`
listed the Easter courses under "events:" with their one announcement, and the summer
courses not at all, so nothing told the author they were never announced. Every offer that
runs inside the horizon is now listed, with 0 where nothing announces it.
"""

from __future__ import annotations

from dialogplan.prompt_stats import prompt_stats
from dialogplan.strategy import parse_strategy
from tests.support import ROOT, build

ART_SCHOOL = ROOT / "tests" / "strategies" / "farbraum.yaml"


def test_an_offer_the_plan_never_announces_is_listed_with_zero() -> None:
    strategy = parse_strategy(ART_SCHOOL.read_text("utf-8"), "farbraum.yaml")
    stats = prompt_stats(strategy, build(strategy).entries)
    assert stats.events["Sommerferienkurse 2027"] == 0
    assert "  Sommerferienkurse 2027: 0 announcements" in stats.to_text()
