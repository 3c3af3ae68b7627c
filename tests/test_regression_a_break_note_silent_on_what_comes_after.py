"""Regression: notes before a break that said nothing of what came first after it (r480, r482).

An orchard's note before half-term never said that sign-ups for its pruning day, a week after
it, stayed open; a winery said „Wie verbringt ihr Ostern?“ and nothing of its wine tavern,
which opened on the Thursday after Easter. The note names the first event, or offer that
begins, within two weeks after the break, with its link, and for something people sign up
for, that sign-ups stay open meanwhile. Nothing further off.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.support import build
from tests.test_threads import make

BLACKOUT = [{"from": date(2027, 2, 15), "to": date(2027, 2, 19), "reason": "half-term"}]
PRUNING = {"title": "Winter pruning day", "short": "the pruning day", "date": date(2027, 2, 27),
           "url": "https://orchard.example.org/pruning-day",
           "details": "Please sign up by 24 February"}  # fmt: skip


def notes(language: str, **fields: Any) -> list[str]:
    """The notes before a break on a Facebook page, in a plan from January to March."""
    fields = {"region": "GB-ENG", **fields}
    strategy = make(language=language, start=date(2027, 1, 11), months=3,
                    channels={"facebook": {"hours_per_week": 2}}, **fields)  # fmt: skip
    return [e.prompt for e in build(strategy).entries if e.move == "away"]


def test_the_note_says_sign_ups_for_the_next_event_stay_open() -> None:
    note = notes("en", blackout=BLACKOUT, events=[PRUNING])[0]
    assert "the pruning day on Saturday 27 February" in note
    assert "sign-ups stay open" in note and PRUNING["url"] in note


def test_an_event_further_off_is_not_named() -> None:
    later = {**PRUNING, "date": date(2027, 3, 20), "details": "Come as you are"}
    note = notes("en", blackout=BLACKOUT, events=[later])[0]
    assert "the pruning day" not in note


def test_a_german_note_before_easter_names_the_tavern_opening_after_it() -> None:
    tavern = {"title": "Straußwirtschaft im Hof", "short": "Straußwirtschaft",
              "url": "https://weingut.example/strausswirtschaft", "from": date(2027, 4, 1),
              "until": date(2027, 5, 16), "every": ["thu", "fri", "sat", "sun"]}  # fmt: skip
    easter = [n for n in notes("de", region="DE-RP", offers=[tavern]) if "Oster" in n]
    assert easter
    assert "Ab Donnerstag, 1. April, gibt es die Straußwirtschaft" in easter[-1]
    assert tavern["url"] in easter[-1]
