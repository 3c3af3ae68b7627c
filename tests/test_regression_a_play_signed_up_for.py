"""Regression: „Melde dich gern an: Das Theaterwochenende ist ab heute bis Sonntag“ (r437, r439).

A dialect club's theatre weekend sold tickets in advance, and its invitations told people to
sign up, as for a workshop. An event people come to with a ticket („Karten 10 Euro,
Vorverkauf“, "tickets") is offered with tickets; one with a sign-up keeps its sign-up. The
day after a skate contest read „Gestern war Skate-Contest“ (r438): a contest is „der Contest“.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.german_nouns import genus
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def prompts(details: str) -> list[str]:
    event = {"title": "Theaterwochenende", "date": date(2027, 4, 23), "until": date(2027, 4, 25),
             "time": "19:30-22:00", "place": "Heimathaus", "details": details,
             "topics": ["Theater"]}  # fmt: skip
    strategy = make(events=[event], topics=["Theater"], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": "2027-04-19 12:00",
             "topic": "Theater"}] + [
        {"channel": "instagram", "move": "reply", "follows": 0, "seq": seq,
         "start": f"2027-04-{19 + seq:02d} 19:00", "topic": "Theater"} for seq in range(4)
    ]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


@pytest.mark.parametrize(
    ("details", "said", "not_said"),
    [
        ("Karten 10 Euro, Vorverkauf im Heimathaus", "Sicher dir gern Karten", "Melde dich"),
        ("Nur mit Anmeldung, zwölf Plätze", "Melde dich gern an", "Karten"),
    ],
)
def test_a_play_offers_tickets_and_a_workshop_a_sign_up(
    details: str, said: str, not_said: str
) -> None:
    invited = [p for p in prompts(details) if "Theaterwochenende‘ ist" in p]
    assert invited
    assert all(said in p for p in invited), invited
    assert not [p for p in invited if not_said in p]


def test_a_contest_is_masculine() -> None:
    assert genus("Skate-Contest") == "m"
