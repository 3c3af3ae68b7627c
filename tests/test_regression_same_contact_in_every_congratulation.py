"""A zero-waste shop knew one blogger on Instagram, and every congratulation round added „Schau
auch, was es bei Lena Wischhusen Neues gibt“ (r230): three times in a sample of twelve, with
nothing to do there. A contact without news is a place to start in one round of three.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Lena Wischhusen,instagram,@lena.example,regular,2026-10-10,,,,Bloggt,\n"
)


def test_a_contact_without_news_is_not_in_every_round() -> None:
    strategy = make(channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "congratulate", "seq": seq,
             "start": f"2027-03-{1 + 7 * seq:02d} 11:00"} for seq in range(4)]  # fmt: skip
    prompts = [entry.prompt for entry in render(strategy, entries(strategy, rows))]
    named = [i for i, prompt in enumerate(prompts) if "Lena" in prompt]
    assert named == [0, 3]
