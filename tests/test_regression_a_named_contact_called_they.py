"""One contact called "they": "Start with Rob Haines: see what they've posted lately".

A kennels' reviewer (r399) read one named contact called "they", as if the prompt did not
know who he was. One contact is named again by their first name; "a post of hers" where the
team's notes say "she".
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Rob Haines,facebook,https://example.com/rob,regular,2026-08-02,,,,"
    "Runs the Mortimer Forest dog walks\n"
)


def test_one_contact_is_named_again_by_name() -> None:
    people = parse_contacts(PEOPLE.encode(), "contacts.csv")
    topic = {"title": "Mortimer Forest dog walks", "kind": "theme"}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}}).with_people(people)
    starts = [e.prompt for e in build(strategy).entries if "Rob Haines" in e.prompt]
    assert starts
    assert not [p for p in starts if "what they've posted" in p or "if they've posted" in p]
