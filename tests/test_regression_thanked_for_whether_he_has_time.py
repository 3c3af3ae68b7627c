"""A handball club's note before its mini festival thanked a helper „für ob er nach dem Umzug
wieder Zeit für die Halle hat“ (r553): what the team's notes share with him was an open
question, put after „für“. Such a note is no thing to thank for.
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
TALK = {"de": "ob er nach dem Umzug wieder Zeit für die Halle hat",
        "en": "whether he has time for the hall again after the move"}  # fmt: skip
FEST = {"title": "Mini-Spielfest", "date": date(2027, 3, 13)}


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_open_question_is_no_thing_to_thank_for(language: str) -> None:
    row = f"Jens Harms,instagram,@jens,regular,,,,,Kommt zum Mini-Spielfest,{TALK[language]}\n"
    strategy = make(language=language, channels={"instagram": {}}, events=[FEST])
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "thank", "topic": "", "seq": seq,
             "start": "2027-02-20 09:00"} for seq in range(4)]  # fmt: skip
    built = [replace(e, contact="Jens Harms", contact_row=2, contact_reason=BEFORE)
             for e in entries(strategy, rows)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, built)):
        assert "für ob" not in prompt and "for whether" not in prompt, prompt
