"""Regression: "Welcome to the area!" to a café owner who had opened her second café.

A football club's writer (r277) read it in a congratulation on a known contact's news: people
who open a place in town are rarely new to the area. Openings get no welcome line.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

CONTACTS = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Nadia Qureshi,instagram,@nadia,regular,2026-08-04,Opened a second café on Market Street,"
    "2027-03-20,,Runs the café by the market\n"
)


def test_an_opening_is_congratulated_without_a_welcome() -> None:
    strategy = make(language="en", area="Ravensholme", channels={"instagram": {}}, months=3)
    strategy = strategy.with_people(parse_contacts(CONTACTS.encode(), "contacts.csv"))
    prompts = [e.prompt for e in build(strategy).entries if e.move == "congratulate"]
    assert prompts
    assert not [p for p in prompts if "Welcome to the area" in p], prompts
