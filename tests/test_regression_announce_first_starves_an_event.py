"""Three teams went round in circles on `unannounced`, one suggestion at a time.

An optician's home eye tests were announced by no post, and `validate` said to give the offer
`announce_first: true`, "as a trial plan showed". Tried, the offer then took the announcement its
children's eye check Saturday needed, and the next run said the Saturday was announced too
seldom. Going first is now tried for what it does to the others too: where it leaves one of
them short, the suggestion adds the fewest more minutes with which both are announced.
"""

from __future__ import annotations

import re

from dialogplan.strategy import Strategy, parse_strategy
from dialogplan.trials import with_more_minutes
from tests.support import ROOT, build

OPTICIAN = ROOT / "tests" / "strategies" / "gwelfor-opticians.yaml"
VISITS = "Home eye tests for housebound people"
SUGGESTED = r"`announce_first: true` and Facebook page (\d+) more minutes"


def _unannounced(strategy: Strategy) -> set[str]:
    """The titles of the events and offers the plan announces too seldom."""
    found = build(strategy).findings
    return {f.message.split(" is ")[0].split(" runs ")[0] for f in found if f.code == "unannounced"}


def test_going_first_comes_with_the_minutes_the_others_need() -> None:
    strategy = parse_strategy(OPTICIAN.read_text("utf-8"), "gwelfor-opticians.yaml")
    (finding,) = [
        f for f in build(strategy).findings if f.code == "unannounced" and VISITS in f.message
    ]
    found = re.search(SUGGESTED, finding.suggestion)
    assert found, finding.suggestion
    before = _unannounced(strategy) - {repr(VISITS)}
    offers = [o.model_copy(update={"announce_first": o.title == VISITS}) for o in strategy.offers]
    first = strategy.model_copy(update={"offers": offers})
    assert _unannounced(first) - before, "going first alone leaves another one short"
    assert _unannounced(with_more_minutes(first, ["facebook"], int(found[1]))) <= before
