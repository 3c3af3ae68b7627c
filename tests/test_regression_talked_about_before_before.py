"""A letterpress studio's message read "You've talked about the reorder of the spires card before
Christmas before" (r298's writer): a note ending in "before Christmas" met a frame ending in
"before". The frame says the subject was had before, ahead of the note ("Last time it was …",
"Your last exchange was about …").
"""

from __future__ import annotations

from dataclasses import replace

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = ("Margaret Hale,linkedin,,regular,2026-11-20,,,,Greenhill Books,"
       "the reorder of the spires card before Christmas\n")  # fmt: skip


def test_no_before_before() -> None:
    strategy = make(language="en", channels={"linkedin": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    prompts = []
    for seq in range(6):
        rows = [
            {"channel": "linkedin", "move": "meet", "start": f"2027-0{month}-01 09:00", "seq": seq}
            for month in (3, 4)
        ]
        first, second = entries(strategy, rows)
        named = [replace(first, contact_row=2), replace(second, contact_row=2)]
        prompts.append(render(strategy, named)[1].prompt)
    said = ("Last time it was the reorder of the spires", "was about the reorder of the spires")
    assert any(frame in p for p in prompts for frame in said)
    assert not [p for p in prompts if "before Christmas before" in p]
