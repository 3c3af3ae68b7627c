"""A darkroom's thank-you before its pinhole walk, to a woman who makes pinhole cameras from
biscuit tins, opened “Thanks again for your biscuit-tin pinhole cameras!” (r317): nothing in
the team's file said she had given any.

Before an event, a thank-you thanks for what the two share only where it is about an earlier
one (the cakes for last year's street party); an invitation still starts from it.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CSV = (
    "name,channel,profile,tier,last_contact,note,talk_about\n"
    "Nora Blenkinsop,instagram,@nora.pinhole,loose,2026-06-12,"
    "Makes pinhole cameras from biscuit tins; maybe coming to the pinhole walk,"
    "her biscuit-tin pinhole cameras\n"
)
WALK = {"title": "Pinhole Day walk", "short": "the pinhole walk", "date": date(2027, 4, 25)}


def _prompt(move: str) -> str:
    strategy = make(language="en", events=[WALK], channels={"instagram": {}}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv")
    )
    rows = [{"channel": "instagram", "move": move, "start": "2027-04-16 11:00", "topic": ""}]
    named = [dataclasses.replace(e, contact_row=2, contact_reason="event")
             for e in entries(strategy, rows)]  # fmt: skip
    return render(strategy, named)[0].prompt


def test_a_thank_you_before_the_walk_does_not_thank_for_her_cameras() -> None:
    prompt = _prompt("thank")
    assert "pinhole walk" in prompt
    assert "Thanks again for your biscuit-tin pinhole cameras" not in prompt


def test_an_invitation_still_starts_from_her_cameras() -> None:
    assert "your biscuit-tin pinhole cameras" in _prompt("meet")
