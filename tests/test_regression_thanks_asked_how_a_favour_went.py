"""A youth orchestra thanked the music shop owner who had restrung two of its loan cellos, and
asked her "How did it go in the end?" (r453): the favour was the orchestra's to tell of.

A thank-you for what the notes bring up asks the person about their own work now; one after an
event thanks a helper without "again".
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
PRIYA = ("Music Centre – Priya Raman,facebook,https://example.com/mc,close,2026-11-20,,,,"
         "Runs the music shop,the two cellos she restrung for the loan scheme\n")  # fmt: skip


@pytest.mark.parametrize("seq", range(6))
def test_a_favour_is_not_asked_after(seq: int) -> None:
    strategy = make(language="en", channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "thank", "start": "2027-03-10 18:00", "seq": seq}]
    (prompt,) = named_prompts(strategy, HEADER + PRIYA, rows)
    assert "Priya" in prompt
    assert "How did it go in the end?" not in prompt


def test_a_helper_is_thanked_without_again_after_the_auditions() -> None:
    """The orchestra thanked a flute teacher "again" for her help with the auditions, though
    they had last spoken in July (r453)."""
    auditions = {"title": "Spring Auditions", "short": "the spring auditions",
                 "date": date(2027, 3, 13)}  # fmt: skip
    row = ("Bethan Lloyd,linkedin,,close,2026-07-02,,,,"
           "Runs the warm-up at the spring auditions,\n")  # fmt: skip
    strategy = make(language="en", months=2, events=[auditions],
                    channels={"linkedin": {"hours_per_week": 4}})  # fmt: skip
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    (after,) = [e for e in build(strategy).entries if e.contact_reason == "event-past"]
    assert "Thank you for your help with the spring auditions!" in after.prompt
