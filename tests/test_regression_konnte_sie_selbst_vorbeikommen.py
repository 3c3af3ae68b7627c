"""An amateur theatre's note after its premiere asked a newsletter reader it says „Sie“ to
„Am 20. März war Premiere – konnte Sie selbst vorbeikommen?“ (r543): the verb kept the „du“
form's stem without its ending. It reads „konnten Sie“.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dialogplan.contacts import parse_contacts
from dialogplan.event_people import AFTER
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Gisela Fromm,facebook,https://example.com/fromm,loose,2026-10-28,,,,Kommt zur Premiere,\n"


def test_the_question_after_the_premiere_says_konnten_sie() -> None:
    event = {"title": "Premiere", "date": date(2027, 3, 20), "place": "Festhalle"}
    strategy = make(events=[event], channels={"facebook": {"address": "Sie"}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    rows = [{"channel": "facebook", "move": "thank", "topic": "", "seq": seq,
             "start": "2027-03-22 09:00"} for seq in range(4)]  # fmt: skip
    built = [
        replace(entry, contact_row=2, contact_reason=AFTER) for entry in entries(strategy, rows)
    ]
    prompts = [entry.prompt for entry in render(strategy, built)]
    assert [p for p in prompts if "onnten Sie selbst vorbeikommen?" in p], prompts
    assert not [p for p in prompts if "onnte Sie" in p], prompts
