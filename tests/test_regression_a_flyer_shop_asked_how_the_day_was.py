"""„Danke noch mal für die Flyer für den Tag der offenen Schmiede! Wie war es für dich?“ (r427).

A feed shop had put up a farrier's flyers, and the note after the open day asked how the day
had been for its owner, who may not have come; a quilting guild's note asked a member how the
sew day had been for her (r425). Someone who did not help at an event is asked whether they
could come, not how it was for them; someone the notes tie to it by what the two share (the
flyers, or a minibus of members brought along, r429) is asked how it went from their side.
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
EVENT = {"de": "Tag der offenen Schmiede", "en": "Blacksmithing Weekend"}
TALK = {
    "de": "die Flyer für den Tag der offenen Schmiede",
    "en": "the posters for the Blacksmithing Weekend",
}
ASKS = {"de": ("vorbeikommen?", "selbst da?"), "en": ("make it along", "make it to")}
SIDE = {"de": ("aus deiner Sicht", "hinterher davon gehört"),
        "en": ("from your side", "hear about it afterwards")}  # fmt: skip
COMING = {"de": "Kommt zum ", "en": "Coming to the "}
NOT = {"de": "Wie war es für", "en": "How was"}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("talk", [True, False])
def test_after_the_day_a_non_helper_is_asked_whether_they_came(language: str, talk: bool) -> None:
    note, talk_about = ("", TALK[language]) if talk else (COMING[language] + EVENT[language], "")
    row = (
        f"Dieter Bruns,facebook,https://example.com/bruns,loose,2026-10-28,,,,{note},{talk_about}\n"
    )
    event = {"title": EVENT[language], "date": date(2027, 5, 8), "place": "Schmiede"}
    strategy = make(language=language, events=[event], channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [{"channel": "facebook", "move": "thank", "topic": "", "seq": seq,
             "start": "2027-05-10 09:00"} for seq in range(2)]  # fmt: skip
    built = [
        replace(entry, contact_row=2, contact_reason=AFTER) for entry in entries(strategy, rows)
    ]
    prompts = [entry.prompt for entry in render(strategy, built)]
    asks = SIDE[language] if talk else ASKS[language]
    assert all(any(a in p for a in asks) for p in prompts), prompts
    if talk:  # the step before the line says the same
        assert not [p for p in prompts if "made it along" in p or "ask whether" in p]
    assert not [p for p in prompts if NOT[language] in p]
