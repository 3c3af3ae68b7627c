"""A meeting message to a former member named the team's rehearsal visit twice: „schlag ein
Treffen bei einem Probenbesuch donnerstagabends in unserem Probenraum … vor. … „Das wollten
wir dich schon länger fragen – hast du Lust, bei einem Probenbesuch donnerstagabends in
unserem Probenraum … vorbeizuschauen?““ A meeting named for a contact now says the place
once, in the line to send, in every phrasing.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Elif Demir,instagram,@elif,regular,2026-10-01,,,,,the taster rehearsal\n"
)
PLACE = {"de": "bei einem Probenbesuch im Probenraum", "en": "at a rehearsal in our studio"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_named_meeting_says_the_team_s_place_once(language: str) -> None:
    strategy = make(language=language, meet_at=PLACE[language])
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-{n + 2:02d} 08:00"}
            for n in range(9)]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    for prompt in (e.prompt for e in render(strategy, named)):
        assert prompt.count("Probenraum" if language == "de" else "our studio") == 1, prompt
