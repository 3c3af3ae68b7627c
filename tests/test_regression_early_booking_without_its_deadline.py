"""A cycle-tour operator announced its March early-booking discount without its deadline.

The announcement on 1 March said nothing of 31 March: an offer's last day was said only in
its last four weeks, so that a drop-in open all spring did not read "until 31 May". An offer
that runs two months or less is about its end; its last day is said from the start.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EARLY = {"title": "Frühbucher-Wochen", "from": date(2027, 3, 1), "until": date(2027, 3, 31)}
SPRING = {"title": "Offene Sprechstunde", "from": date(2027, 3, 1), "until": date(2027, 5, 31)}


def _announced(offer: dict[str, object]) -> str:
    strategy = make(offers=[offer])
    rows = [{"channel": "instagram", "move": "announce", "start": "2027-03-01 11:00",
             "announce": offer["title"]}]  # fmt: skip
    return render(strategy, entries(strategy, rows))[0].prompt


def test_a_short_offer_says_its_last_day_from_the_start() -> None:
    assert "31. März" in _announced(EARLY)


def test_a_long_offer_keeps_its_last_day_for_its_last_weeks() -> None:
    assert "31. Mai" not in _announced(SPRING)
