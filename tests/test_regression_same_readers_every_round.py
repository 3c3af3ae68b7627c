"""Every newsletter reply round fell back on the same two readers.

A florist has two readers in its contacts file. Each quiet inbox after an issue was told to
write to both, with the same words, in every round of the quarter. A reply round now names at
most half of the channel's contacts, taking turns, so two readers alternate.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

READERS = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Sabine Harms,newsletter,,regular,,,,,\n"
    "Karl Meyer,newsletter,,regular,,,,,\n"
)


def test_quiet_rounds_take_turns_with_the_readers() -> None:
    people = parse_contacts(READERS.encode(), "contacts.csv")
    strategy = make(channels={"newsletter": {}}).with_people(people)
    rows = [{"channel": "newsletter", "move": "reply", "start": f"2027-03-{d:02d} 09:00"}
            for d in (3, 10, 17, 24)]  # fmt: skip
    facts = Contexts(strategy, entries(strategy, rows))
    named = [tuple(p["name"] for p in facts(i)["topic_people"]) for i in range(len(rows))]
    assert all(len(names) == 1 for names in named), named
    assert {names[0] for names in named} == {"Sabine Harms", "Karl Meyer"}
