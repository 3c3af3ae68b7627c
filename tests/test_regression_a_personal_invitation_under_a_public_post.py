"""Regression: "a thank-you and a personal invitation", written under her public post (r643).

A fruit-tree nursery's prompt had the team invite a cider maker to its wassail in a comment
under one of her posts. An entry that invites a contact to a coming event writes to them in a
private message.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Ruth Kestle,instagram,@ruthkestle,close,2026-11-02,,,,Comes to the wassail every year,\n"
WASSAIL = {"title": "Wassail", "date": date(2027, 3, 20), "time": "18:00-21:00"}
PRIVATE = {"en": "private message", "de": "persönlichen Nachricht"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_invitation_goes_in_a_private_message(language: str) -> None:
    strategy = make(language=language, events=[WASSAIL], channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": move, "start": "2027-03-15 09:00", "seq": seq}
            for seq, move in enumerate(["thank", "comment", "thank", "comment"])]  # fmt: skip
    prompts = [render(strategy, [replace(e, contact_row=2, contact_reason="event")])[0].prompt
               for e in entries(strategy, rows)]  # fmt: skip
    invited = [p for p in prompts if "Wassail" in p or "wassail" in p]
    assert invited, prompts
    assert all(PRIVATE[language] in p or "Direktnachricht" in p or "direct message" in p
               for p in invited), invited  # fmt: skip
