"""A mending studio thanked the co-organiser of its library mend-in "for something Sam shared
lately" (r476), a CPR group its cabinet checker likewise (r477), though their notes named the
table layout for the mend-in and the Tuesday checks. A helper is thanked for the help before
the day too, and anyone else for what the notes say the team shares with them.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MEND_IN = {"title": "Library mend-in", "short": "the library mend-in",
           "date": date(2027, 3, 20), "time": "10:00-13:00"}  # fmt: skip
CSV = {
    "en": "name,channel,profile,tier,last_contact,note,talk_about\n"
          "Sam Oduya,facebook-group,https://example.com/sam,close,2026-12-01,"
          "co-organiser of the library mend-in,the table layout for the mend-in\n",
    "de": "name,channel,profile,tier,last_contact,note,talk_about\n"
          "Sam Oduya,facebook-group,https://example.com/sam,close,2026-12-01,"
          "Nachbarin,der Tischplan für unser Flickcafé\n",
}  # fmt: skip
SAID = {"en": ("help with the library mend-in", "for the table layout for the mend-in"),
        "de": ("für den Tischplan für", "für die Unterstützung")}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_person_is_thanked_for_what_the_notes_name(language: str) -> None:
    event = {**MEND_IN, "short": "Flickcafé"} if language == "de" else MEND_IN
    strategy = make(language=language, events=[event],
                    channels={"facebook-group": {}}).with_people(
        parse_contacts(CSV[language].encode(), "contacts.csv"))  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "thank", "start": "2027-03-10 08:00",
             "topic": ""}]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2, contact_reason="event")
             for e in entries(strategy, rows)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, named)]
    assert any(said in p for p in prompts for said in SAID[language]), prompts
    assert not any("shared lately" in p or "zuletzt geteilt" in p for p in prompts), prompts
