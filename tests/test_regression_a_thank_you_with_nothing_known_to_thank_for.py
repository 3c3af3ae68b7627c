"""A contact thanked "for something shared lately" got an example line starting "Thank you for
…!", a blank the plan could not fill: it knew of nothing to thank for (r300, r302, r304).

A thank-you to a contact, with or without an event to invite to, now asks for the thanks in
the writer's own words, and its example line carries only the question.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CSV = (
    "name,channel,profile,tier,last_contact,talk_about\n"
    "Gareth Price,instagram,@gareth,loose,2026-09-01,\n"
    "Joanne Hale,instagram,@joanne,loose,2026-09-01,the board by the pavilion\n"
)
BLANKS = ("Thank you for …", "Thanks for …", "Danke für …", "Danke noch mal für …")


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_named_thank_you_leaves_no_blank_to_fill(language: str) -> None:
    strategy = make(language=language, channels={"instagram": {}}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv")
    )
    rows = [{"channel": "instagram", "move": "thank", "start": f"2027-03-{d:02d} 18:00",
             "topic": "", "seq": d} for d in range(1, 13)]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2 + n % 2)
             for n, e in enumerate(entries(strategy, rows))]  # fmt: skip
    for entry in render(strategy, named):
        assert not any(blank in entry.prompt for blank in BLANKS), entry.prompt
