"""Regression: a café owner congratulated on her opening in two rounds a week apart.

A football club's reviewer (r277) read the second congratulation as pasted: a round that
names someone's news congratulates them, and the next round looks elsewhere for news.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.test_prompt_context import contexts
from tests.test_threads import make

CONTACTS = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Nadia Qureshi,instagram,@nadia,regular,2026-08-04,Opened a second café,2027-03-20,,\n"
)


def test_the_next_round_does_not_congratulate_the_same_news() -> None:
    strategy = make(language="en").with_people(parse_contacts(CONTACTS.encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "congratulate", "start": f"2027-04-{day} 09:00"}
        | {"topic": ""}
        for day in (16, 23)
    ]
    facts = contexts(strategy, rows)
    told = [[p["news"] for p in facts(i)["nearby"] if p["name"] == "Nadia Qureshi"] for i in (0, 1)]
    assert told[0] == ["founding"]
    assert told[1] in ([], [""])
