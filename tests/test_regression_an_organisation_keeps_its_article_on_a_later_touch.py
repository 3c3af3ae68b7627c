"""A neighbourhood-help association's third note to the Seniorentreff said „frag diesmal, was
es bei Seniorentreff Dulsberg Neues gibt“ (r257): the organisation lost its article. A later
touch names it as every other line does, „beim Seniorentreff Dulsberg“.
"""

from __future__ import annotations

from dataclasses import replace

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = (
    "Seniorentreff Dulsberg,facebook,https://example.org/st,regular,2026-11-12,,,,Partner,"
    "die Kaffeetafel im April\n"
)


def test_a_later_touch_keeps_the_article() -> None:
    strategy = make(channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    prompts = []
    for seq in range(8):
        rows = [
            {"channel": "facebook", "move": "comment", "start": "2027-03-04 09:00"},
            {"channel": "facebook", "move": "comment", "seq": seq, "start": "2027-04-27 09:00"},
        ]
        first, later = (replace(e, contact_row=2) for e in entries(strategy, rows))
        prompts.append(render(strategy, [first, later])[1].prompt)
    assert not [p for p in prompts if "bei Seniorentreff" in p], prompts
    assert [p for p in prompts if "Kaffeetafel" in p]
