"""Regression: "Give it `announce_first: true` … and Blog 15 more minutes a week" (r664 writer).

An open-source library's writer could not tell why the blog was to get more time, nor whether
going first alone would do, and applied both to be safe. The suggestion now says what each
step does: going first announces the offer, and the minutes keep the event it would leave
short announced often enough.
"""

from __future__ import annotations

from dialogplan.strategy import parse_strategy
from tests.support import ROOT, build

OPTICIAN = ROOT / "tests" / "strategies" / "gwelfor-opticians.yaml"
VISITS = "Home eye tests for housebound people"


def test_the_suggestion_says_what_the_minutes_are_for() -> None:
    strategy = parse_strategy(OPTICIAN.read_text("utf-8"), OPTICIAN.name)
    (finding,) = [
        f for f in build(strategy).findings if f.code == "unannounced" and VISITS in f.message
    ]
    assert "Going first alone announces it before the events, but leaves" in finding.suggestion
    assert "invited too seldom; with the minutes as well," in finding.suggestion, finding.suggestion
