"""A market's manager who "could lend gazebos" and a dog-show regular who "might judge a class"
were invited to a kennels' fun day as guests.

The kennels' reviewer (r399) wanted them asked about the gazebos and the judging. Someone
the team's notes say lends kit for an event, judges at it, or whom its takings or raffle go
to makes it happen: they are asked what they need before it.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.event_people import helps

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"


@pytest.mark.parametrize(
    "note",
    [
        "Could lend gazebos for the Summer Fun Day",
        "Dog-show regular; might judge a class at the Summer Fun Day",
        "Fun Day money goes to them; rehomes nervous dogs",
        "Leiht uns die Bierbänke für das Sommerfest",
        "Stiftet die Preise für die Tombola beim Sommerfest",
    ],
)
def test_who_makes_the_day_happen_is_asked_what_they_need(note: str) -> None:
    row = f"Pat Doe,facebook,https://example.com/pat,regular,2026-10-01,,,,{note}\n"
    (contact,) = parse_contacts((HEADER + row).encode(), "contacts.csv")
    assert helps(contact)
