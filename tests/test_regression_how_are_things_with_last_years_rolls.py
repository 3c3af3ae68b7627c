"""Regression: "And how are things with the bacon rolls for last year's sunrise swim?" (r433).

A lido's notes said to talk with the baker about the rolls he gave for last year's sunrise
swim, and a thank-you asked him how things were with them, as if they were under way. What
the two share that lies in the past is brought up, not asked after as news.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
TALK = {"en": "the bacon rolls for last year's sunrise swim",
        "de": "die Brötchen fürs letzte Sonnenaufgangsschwimmen"}  # fmt: skip
ASKED = {"en": ("how are things with the", "latest with the", "thinking of the", "news on the"),
         "de": ("wie steht es um", "Neues rund um", "denken – gibt")}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_thing_of_the_past_is_not_asked_after(language: str) -> None:
    row = f"Tom Ashdown,facebook,https://example.com/tom,close,2026-10-03,,,,,{TALK[language]}\n"
    strategy = make(language=language, channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [{"channel": "facebook", "move": "thank", "topic": "", "seq": seq,
             "start": "2027-03-09 09:00"} for seq in range(4)]  # fmt: skip
    built = [replace(entry, contact_row=2) for entry in entries(strategy, rows)]
    prompts = [entry.prompt for entry in render(strategy, built)]
    assert not [p for p in prompts if any(a.casefold() in p.casefold() for a in ASKED[language])]
