"""`announce_first` was offered at the cost of an event's own announcement entry, and a repair
café's writer could not tell whether that was acceptable or whether the event then had too
few invitations (r484 writer). The cost now says they are still enough, and that either
choice is fine.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.support import ROOT, load_plan

SHOP = ROOT / "tests/strategies/zwergenschrank.yaml"


def test_the_cost_says_the_invitations_stay_enough_and_either_choice_is_fine() -> None:
    strategy = load_plan(SHOP)
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    (advice,) = [f.suggestion for f in findings if f.message.startswith("'Standanmeldung")]
    assert "but still gets the invitations needed, from other posts" in advice, advice
    assert "Set `announce_first` if 'Standanmeldung" in advice, advice
    assert "leave it out if" in advice and "should keep its own announcement" in advice
