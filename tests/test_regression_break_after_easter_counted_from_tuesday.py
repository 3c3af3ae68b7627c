"""A dental practice closed after Easter was told to answer everyone "since 30 March".

Its blackout ran from Easter Tuesday; Good Friday, the weekend and Easter Monday came before
it, and the channel had been silent since the Thursday. A declared break now takes in the
public holidays next to it, across a weekend too: the note before it goes out before Good
Friday, and the note after it counts from there.
"""

from __future__ import annotations

from datetime import date

from dialogplan.closed_days import breaks
from dialogplan.strategy import Strategy
from tests.support import build
from tests.test_threads import make


def _practice() -> Strategy:
    return make(
        region="DE-NI",
        months=3,
        blackout=[{"from": date(2027, 3, 30), "to": date(2027, 4, 2), "reason": "Praxisurlaub"}],
        channels={"instagram": {}},
    )


def test_the_break_starts_on_good_friday() -> None:
    strategy = _practice()
    (easter,) = [b for b in breaks(strategy) if not b.holiday]
    assert (easter.first, easter.last) == (date(2027, 3, 26), date(2027, 4, 2))
    back = [e.prompt for e in build(strategy).entries if e.move == "back"]
    assert back and all("26. März" in text for text in back)
