"""An offer the prompts pointed to by its link was counted as "named in 0 more prompts".

A vintage shop's offer "Bring us your clear-out" reached people through its link in reply
rounds and thank-yous, never by its title; the figures said no prompt named it, and a
reviewer took that for an offer the plan ignored. Prompts that carry an item's own link now
count as naming it.
"""

from __future__ import annotations

from dialogplan.prompt_stats import prompt_stats
from dialogplan.strategy import parse_strategy
from tests.support import ROOT, build

SHOP = ROOT / "tests" / "strategies" / "thistle-thread.yaml"


def test_prompts_with_an_offers_link_count_as_naming_it() -> None:
    strategy = parse_strategy(SHOP.read_text("utf-8"), "thistle-thread.yaml")
    entries = build(strategy).entries
    linked = sum("thistleandthread.example/sell-to-us" in e.prompt for e in entries)
    stats = prompt_stats(strategy, entries)
    assert linked
    assert stats.event_mentions["Bring us your clear-out"] >= linked
    assert "Bring us your clear-out: 0 announcements, named or linked in" in stats.to_text()
