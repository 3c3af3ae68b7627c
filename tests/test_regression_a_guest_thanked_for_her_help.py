"""A hardware shop's notes said the head of a school garden club "Runs the school garden
club; keen to come to the Seed Swap with the children". The message before the swap thanked
her "for their help with the Seed Swap" and asked "Tell us if there's anything we can do"
(r536): what she runs was read as running the swap. What someone leads counts where the notes
name the event; what someone gives to it (a hall, a cake) counts anywhere.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.event_people import BEFORE
from tests.test_render import entries, render
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
SWAP = {"title": "Spring Seed Swap", "short": "Seed Swap", "date": date(2027, 3, 13)}


def message_before_the_swap(note: str) -> str:
    """The thank-you three weeks before the swap, named for Ruth for it."""
    row = f"Ruth Angove,instagram,@ruth,regular,2026-10-21,,,,{note},\n"
    strategy = make(language="en", channels={"instagram": {}}, events=[SWAP])
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "thank", "start": "2027-02-20 09:00", "topic": ""}]
    (thank,) = entries(strategy, rows)
    named = replace(thank, contact="Ruth Angove", contact_row=2, contact_reason=BEFORE)
    return render(strategy, [named])[0].prompt


def test_a_guest_who_runs_something_else_is_invited() -> None:
    prompt = message_before_the_swap(
        "Runs the school garden club; keen to come to the Seed Swap with the children"
    )
    assert "help with" not in prompt, prompt
    assert "anything" not in prompt, prompt
    assert "Seed Swap on Saturday 13 March?" in prompt, prompt


@pytest.mark.parametrize(
    "note",
    [
        "Runs the Seed Swap stall for the allotment society",
        "Lets us have the school yard; keen to come to the Seed Swap with the children",
    ],
)
def test_who_runs_it_or_gives_to_it_is_asked_what_they_need(note: str) -> None:
    prompt = message_before_the_swap(note)
    assert "anything" in prompt, prompt
