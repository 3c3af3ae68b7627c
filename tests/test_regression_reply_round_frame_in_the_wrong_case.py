"""An organic shop's newsletter reply round wrote to a partner „mit einer Rückfrage zu dem, was
euch verbindet: die Mengen für den Probiertisch“ (r295): a dative frame before a note written in
the accusative. The line asks how things stand with it, a frame the note's own case fits.
"""

from __future__ import annotations

from dataclasses import replace

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = (
    "Greta Wollrath,newsletter,greta@example.org,close,2026-11-28,,,,Käserei,"
    "die Mengen für den Probiertisch\n"
)


def test_the_note_keeps_its_case() -> None:
    strategy = make(channels={"newsletter": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    prompts = []
    for seq in range(8):
        rows = [{"channel": "newsletter", "move": "ask", "start": "2027-03-15 09:00"},
                {"channel": "newsletter", "move": "reply", "follows": 0, "seq": seq,
                 "start": "2027-03-17 09:00"}]  # fmt: skip
        ask, reply = entries(strategy, rows)
        prompts.append(render(strategy, [ask, replace(reply, contact_row=2)])[1].prompt)
    assert not [p for p in prompts if "zu dem, was euch verbindet" in p]
    assert any("wie es um die Mengen für den Probiertisch steht" in p for p in prompts)
