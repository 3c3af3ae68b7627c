"""A union branch thanked a retired member who "still comes to every branch general meeting"
and asked whether he had made it along to the one just gone (r600). Someone the notes say
comes anyway is asked what they made of it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.event_people import AFTER
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
EVENT = {"de": "Mitgliederversammlung", "en": "Branch General Meeting"}
REGULAR = {
    "de": "Kommt zu jeder Mitgliederversammlung",
    "en": "Still comes to every branch general meeting",
}
GUEST = {"de": "Kommt zur Mitgliederversammlung", "en": "Coming to the branch general meeting"}
WHETHER = {"de": ("vorbeikommen?", "selbst da?"), "en": ("make it along", "make it to")}
MADE_OF = {"de": ("wie fandest du es", "Was nimmst du davon mit"),
           "en": ("made of it", "What did you make of", "How did you find")}  # fmt: skip


def _prompts(language: str, note: str) -> list[str]:
    row = f"Joseph Lindqvist,facebook,https://example.com/jl,loose,2026-10-28,,,,{note},\n"
    event = {"title": EVENT[language], "date": date(2027, 5, 8), "place": "Trades Hall"}
    strategy = make(language=language, events=[event], channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [
        {"channel": "facebook", "move": move, "topic": "", "seq": seq, "start": "2027-05-10 09:00"}
        for seq in range(2)
        for move in ("thank", "meet")
    ]
    built = [
        replace(entry, contact_row=2, contact_reason=AFTER) for entry in entries(strategy, rows)
    ]
    return [entry.prompt for entry in render(strategy, built)]


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_regular_is_asked_what_they_made_of_it(language: str) -> None:
    prompts = _prompts(language, REGULAR[language])
    assert not [p for p in prompts if any(w in p for w in WHETHER[language])], prompts
    assert all(any(w in p for w in MADE_OF[language]) for p in prompts), prompts


@pytest.mark.parametrize("language", ["de", "en"])
def test_anyone_else_is_still_asked_whether_they_came(language: str) -> None:
    prompts = _prompts(language, GUEST[language])
    assert all(any(w in p for w in WHETHER[language]) for p in prompts), prompts
