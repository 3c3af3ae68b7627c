"""A museum's story for would-be volunteers closed with the school workshops' last days.

In an offer's last days every own story and article said so, whoever it was for: a story
about volunteering ended with „nur noch bis Freitag“ for workshops that a goal for school
classes invites to. The last days of an offer now come up in pieces for its people only.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "schulen", "text": "Schulklassen", "invite": "Museumswerkstätten"},
    {"id": "ehrenamt", "text": "Ehrenamtliche"},
]
OFFERS = [{"title": "Museumswerkstätten", "until": date(2027, 6, 25)}]


def test_an_ending_offer_closes_only_its_peoples_pieces() -> None:
    strategy = make(goals=GOALS, offers=OFFERS)
    rows = [
        {"channel": "linkedin", "move": "story", "start": "2027-06-21 09:00", "goal": goal}
        for goal in ("ehrenamt", "schulen")
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["invite"] is None
    assert facts(1)["invite"].title == "Museumswerkstätten"
