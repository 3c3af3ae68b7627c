"""A garage's tyre offer asked „Sollen wir Ihre Winterreifen gleich bei uns einlagern?“, and
`validate` warned that Instagram, which says „du“, would never ask it.

Instagram served the goals for apprentices and classic cars; only the regular customers'
goal invited to the offer, and the plan asks an offer's question only for the goals inviting
to it. The check counted the goals of the offer's topics too. It now follows the plan.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import _other_register
from tests.test_threads import make

TYRES = {"title": "Reifenwechsel-Wochen", "from": date(2027, 3, 15), "until": date(2027, 4, 30),
         "question": "Sollen wir Ihre Winterreifen gleich bei uns einlagern?",
         "topics": ["Sommerreifen"]}  # fmt: skip

GOALS = [
    {"id": "kunden", "text": "Stammkunden", "invite": "Reifenwechsel-Wochen"},
    {"id": "oldtimer", "text": "Oldtimer-Fans"},
]
CHANNELS = {
    "facebook": {"goals": ["kunden", "oldtimer"]},
    "instagram": {"goals": ["oldtimer"], "address": "du"},
}


def test_an_offers_question_is_checked_where_it_is_asked() -> None:
    strategy = make(
        address="Sie",
        goals=GOALS,
        topics=[{"title": "Sommerreifen", "kind": "theme", "goals": ["kunden", "oldtimer"]}],
        offers=[TYRES],
        channels=CHANNELS,
    )
    assert not list(_other_register(strategy))
