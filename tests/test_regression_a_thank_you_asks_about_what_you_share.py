"""A framing workshop's notes said what it shares with each contact ("the gilt frames from
the Burley house clearance"), and the thank-you said it, then left the line to send with a
gap: “Thank you for … – it stayed with us” (r256, r257). The line to send now asks about what
they share, turned to the person ("your winter show", „deine Altbausanierungen“), and the
prompt says it once.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.names import said_to
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
#: What Helen and the team share, and how the line to her says it.
SHARED = [
    ("en", "the linocut series we framed for her winter show", "your winter show"),
    ("de", "ihre zwei Altbausanierungen 2027", "deine zwei Altbausanierungen 2027"),
]


def prompts_to_helen(language: str, talk: str, move: str) -> list[str]:
    """The prompts of six entries of ``move`` named for Helen, one per turn, in January: her
    winter show is not over yet (a season gone by is not asked after, r669)."""
    row = f"Helen Marsden,instagram,@helen,close,2026-11-18,,,,Printmaker,{talk}\n"
    strategy = make(language=language, channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": move, "seq": seq, "start": "2027-01-15 09:00"}
        for seq in range(6)
    ]
    named = [replace(entry, contact_row=2) for entry in entries(strategy, rows)]
    return [render(strategy, [entry])[0].prompt for entry in named]


@pytest.mark.parametrize(("language", "talk", "line"), SHARED)
def test_the_line_to_send_asks_about_what_you_share(language: str, talk: str, line: str) -> None:
    prompts = prompts_to_helen(language, talk, "thank")
    quoted = [p.split("“" if language == "en" else "„", 1)[1] for p in prompts]
    assert all(line in q for q in quoted), prompts
    assert not [p for p in prompts if p.count(line.rsplit(" ", maxsplit=1)[-1]) > 1], prompts


def test_a_note_that_says_she_is_turned_to_them_or_stays_out_of_the_line() -> None:
    assert said_to("the stall pitch he offered us", "en") == "the stall pitch you offered us"
    assert said_to("what we wrote to her about the fair", "en") == ""
    assert said_to("was sie über den Laden gesagt hat", "de") == ""
    assert (
        said_to("unsere Tische in ihren Stories", "de") == "unsere Tische in {deinen|Ihren} Stories"
    )
    assert said_to("the open studios map and our venue on it", "en") == (
        "the open studios map and our venue on it"
    )


@pytest.mark.parametrize(("language", "talk", "line"), SHARED)
def test_a_first_meeting_starts_from_what_you_share(language: str, talk: str, line: str) -> None:
    prompts = prompts_to_helen(language, talk, "meet")
    assert all(line in p for p in prompts), prompts
    assert not [p for p in prompts if p.count(line.rsplit(" ", maxsplit=1)[-1]) > 1], prompts
