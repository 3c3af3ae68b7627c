"""Regression: a suggested ``keep_in_touch`` kept its tier but lost contacts of another.

A pharmacy wrote in the suggested ``{close: 40}``; its two close Facebook contacts were
kept, and a close newsletter reader and then a regular contact lost their turns instead,
three rounds in a row. The interval was tried on the losing contacts only, not on the whole
tier it is written for, and nobody else was watched. It is now tried as written, and it
counts only when the plan keeps everyone it kept before.
"""

from __future__ import annotations

from dialogplan.contacts import KeepInTouch, parse_contacts
from dialogplan.people_check import check_people
from dialogplan.people_plan import name_people
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_people_plan import HEADER, with_rows
from tests.test_regression_suggested_interval import SUGGESTED

#: Close contacts on LinkedIn and the newsletter, and regular readers: a longer close interval
#: that kept Pauline let Piet lose his turns.
OTHERS_LOSE = [
    "Pia,newsletter,,regular,2027-02-21,,,,",
    "Paul,newsletter,,regular,2027-02-23,,,,",
    "Petra,newsletter,,close,2027-02-21,,,,",
    "Piet,newsletter,,regular,2027-01-26,,,,",
    "Pauline,linkedin,,close,2027-02-25,,,,",
]
#: Two close LinkedIn contacts and a close newsletter reader, who all lose touch at 21 days.
TIER_ELSEWHERE = [
    "Ada,linkedin,,close,2027-02-20,,,,",
    "Ben,linkedin,,close,2027-02-21,,,,",
    "Dora,newsletter,,close,2027-02-21,,,,",
]


def _check(strategy: Strategy) -> tuple[dict[str, int], set[str]]:
    """The suggested interval per losing tier, and who loses touch."""
    work = schedule_work(strategy)
    check = check_people(strategy, name_people(strategy, work), work=work)
    found = (SUGGESTED.search(f.suggestion) for f in check.findings if f.code == "losing-touch")
    return {m[1]: int(m[2]) for m in found if m}, {c.name for c in check.losing}


def _written(strategy: Strategy, rows: list[str], tier: str, days: int) -> Strategy:
    """The strategy once the team wrote the suggested interval in."""
    keep = KeepInTouch(**{**strategy.keep_in_touch.model_dump(), tier: days})
    data = (HEADER + "".join(f"{row}\n" for row in rows)).encode()
    people = parse_contacts(data, "contacts.csv", keep)
    return strategy.model_copy(update={"keep_in_touch": keep}).with_people(people)


def test_an_interval_offered_where_others_could_lose_keeps_everyone_it_kept() -> None:
    strategy, _ = with_rows(OTHERS_LOSE)
    suggested, losing = _check(strategy)
    if "close" in suggested:  # offered only where, written in, it loses nobody else
        written = _written(strategy, OTHERS_LOSE, "close", suggested["close"])
        _, losing_after = _check(written)
        assert losing_after <= losing
        assert not {c.name for c in written.people.people if c.tier == "close"} & losing_after


def test_the_suggested_interval_keeps_the_tier_and_loses_nobody_the_plan_kept() -> None:
    strategy, _ = with_rows(TIER_ELSEWHERE)
    suggested, losing = _check(strategy)
    after, losing_after = _check(_written(strategy, TIER_ELSEWHERE, "close", suggested["close"]))
    assert "close" not in after
    assert not losing_after
    assert losing == {"Ada", "Ben", "Dora"}
