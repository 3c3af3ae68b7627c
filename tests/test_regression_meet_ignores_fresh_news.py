"""A meeting message to an author said „Fang dort an“ about her new crime novel, and then
offered „Wir mussten an unser letztes Gespräch denken – sollen wir das bald fortsetzen?“.

The line to send took no notice of the news the prompt had just named. With fresh news, the
line now starts from it.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Hannah Kerstig,instagram,@hannah,regular,2026-10-01,Neuer Krimi erschienen,2027-03-01,,\n"
)
STALE = {"de": "letztes Gespräch", "en": "last conversation"}
NEWS = {"de": "Glückwunsch", "en": "Congratulations"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_meeting_after_fresh_news_starts_from_it(language: str) -> None:
    strategy = make(language=language)
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-{n + 3:02d} 08:00"}
            for n in range(6)]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    for prompt in (e.prompt for e in render(strategy, named)):
        assert STALE[language] not in prompt, prompt
        assert NEWS[language] in prompt, prompt
