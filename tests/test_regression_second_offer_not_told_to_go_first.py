"""A software team's second offer was never announced, and the fix it needed went unsaid.

Its beta offer had `announce_first: true`; the founding-customer price, from April, was
announced by no post. The warning suggested posting about it by hand or planning fewer
events: `announce_first` was tried only where no offer had it yet. Two offers may both go
first, and the warning now says so where that was tried and works.
"""

from __future__ import annotations

from tests.support import ROOT, build, load_plan

CALDERBOOK = ROOT / "tests" / "strategies" / "calderbook.yaml"


def test_a_second_offer_is_told_to_go_first_too() -> None:
    findings = build(load_plan(CALDERBOOK)).findings
    (unannounced,) = [f for f in findings if f.code == "unannounced"]
    assert "Founding-customer price" in unannounced.message
    # It names the offer that goes first already: "too" alone left writers asking which.
    assert unannounced.suggestion.startswith(
        "Give it `announce_first: true` (as 'Smart Waitlist beta' has):"
    )
