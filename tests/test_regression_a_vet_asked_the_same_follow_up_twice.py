"""A vet asked "what's happened with the spring health checks since we last spoke?" twice (r424).

A birds-of-prey centre's notes said to talk with its vet about the spring health checks. The
first note in the plan brought them up, the second asked what had happened since, and the
third, six weeks later, asked the same again word for word. What to talk about is brought up
once and followed up once; after that a note asks what is new.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
TALK = {"en": "the spring health checks", "de": "die Gesundheitschecks im Frühjahr"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_what_to_talk_about_is_followed_up_once(language: str) -> None:
    row = f"Alun Morgan,facebook,https://example.com/alun,close,2026-10-10,,,,,{TALK[language]}\n"
    strategy = make(language=language, channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [{"channel": "facebook", "move": "thank", "topic": "",
             "start": f"{date(2027, 3, 4) + timedelta(days=42 * n)} 09:00"}
            for n in range(3)]  # fmt: skip
    built = [replace(entry, contact_row=2) for entry in entries(strategy, rows)]
    prompts = [entry.prompt for entry in render(strategy, built)]
    talk = TALK[language].removeprefix("die ").removeprefix("the ")
    assert [talk in prompt for prompt in prompts] == [True, True, False], prompts
