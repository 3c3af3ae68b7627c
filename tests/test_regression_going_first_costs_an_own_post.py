"""A second-hand shop gave its stall sign-up `announce_first`, as `validate` suggested, and its
children's flea market, the quarter's main event, lost its own announcement unsaid.

The market stayed announced often enough through invitations in other posts, so nothing was
flagged; its writer found out from the prompt figures. Where going first takes an event's or
offer's own announcement, the suggestion now says so.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.support import ROOT, load_plan

SHOP = ROOT / "tests/strategies/zwergenschrank.yaml"


def test_going_first_names_the_own_announcement_it_takes() -> None:
    strategy = load_plan(SHOP)
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    (advice,) = [f.suggestion for f in findings if f.message.startswith("'Standanmeldung")]
    assert "announce_first: true" in advice
    assert "The cost: 'Kinderflohmarkt im Hof' then loses its own announcement entry" in advice
