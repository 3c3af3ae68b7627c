"""A framer's newsletter question on family keepsakes told them to “Let Sue Fenwick know when
it's live, and ask what Sue would add”: Sue reads every issue, and her notes hold exactly the
story, her husband's RAF medals in the shadow box (r256). A person the post touches now gets a
line about what the team shares with them; a newsletter reader gets it on the day it goes out.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from dialogplan.voice import yours
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
TOPIC = {"title": "Family keepsakes worth framing", "kind": "theme"}


@pytest.mark.parametrize(
    ("language", "talk", "asked"),
    [
        ("en", "her husband's medals in the shadow box", "a personal line about her husband's"),
        ("de", "die Orden ihres Mannes im Schaukasten", "knüpf an die Orden ihres Mannes"),
    ],
)
def test_a_newsletter_reader_is_asked_about_what_you_share(
    language: str, talk: str, asked: str
) -> None:
    row = (
        f"Sue Fenwick,newsletter,sue@example.org,close,2026-11-29,,,,Keepsakes and medals,{talk}\n"
    )
    strategy = make(language=language, channels={"newsletter": {}}, topics=[TOPIC])
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [
        {"channel": "newsletter", "move": "ask", "seq": seq, "start": "2027-05-04 09:00"}
        for seq in range(4)
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows)) if "Sue" in e.prompt]
    assert prompts
    assert all(asked in p for p in prompts), prompts
    assert not [p for p in prompts if "when it's live" in p or "Sobald die Ausgabe" in p]


def test_what_we_did_is_what_you_did() -> None:
    assert yours("the linocut series we framed for her") == "the linocut series you framed for her"
    assert yours("the stall he offered us") == "the stall he offered you"
