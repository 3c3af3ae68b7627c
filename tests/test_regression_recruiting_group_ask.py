"""A driving school asked its instructors' group „Wir suchen gerade … – wen oder was könnt
ihr dafür empfehlen?“, with the gap left for the team to fill.

The goal said what it looked for: „Eine zweite Fahrlehrerin oder einen zweiten Fahrlehrer
für Meißen gewinnen“. A question to the goal's group on no topic now says it, now and then,
and English questions no longer assume members ask "in their own work".
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

GROUP = "Fahrlehrer-Stammtisch Sachsen"
SOUGHT = "eine zweite Fahrlehrerin oder einen zweiten Fahrlehrer"


def test_a_recruiting_goal_asks_its_group_for_whom_it_seeks() -> None:
    strategy = make(
        goals=[
            {"id": "team", "text": f"E{SOUGHT[1:]} gewinnen",
             "where": [f"die Facebook-Gruppe {GROUP}"]},
        ],
        topics=[{"title": "Ein Tag im Fahrschulauto"}],
        channels={"facebook-group": {}},
        groups={"facebook-group": [GROUP]},
    )  # fmt: skip
    asks = [e.prompt for e in build(strategy).entries if e.move == "group-ask"]
    seeking = [p for p in asks if SOUGHT in p]
    assert seeking
    assert len(seeking) <= len(asks) // 2
    assert not [p for p in seeking if "…" in p]


def test_english_group_questions_do_not_assume_a_trade() -> None:
    strategy = make(
        language="en",
        timezone="Europe/London",
        topics=[{"title": "Yorkshire flour", "kind": "theme"}],
        channels={"facebook-group": {}},
        groups={"facebook-group": ["Leeds Food Lovers"]},
    )
    asks = [e.prompt for e in build(strategy).entries if e.move == "group-ask"]
    assert asks
    assert not [p for p in asks if "own work" in p]
