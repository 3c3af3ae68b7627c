"""Regression: „(das nächste Mal am Mittwoch …) (Link: …)“ and „Markus Dippold (Hofladen
Gößweinstein) (https://…)“.

A chess club's and a soap workshop's reviewers (r274, r276) read two brackets in a row: an
offer's next date and its link, a contact's organisation and the profile. The link follows the
sentence, and a person at an organisation is „vom Hofladen“, not in brackets.
"""

from __future__ import annotations

import re
from datetime import date

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

OFFER = {
    "title": "Offener Schachabend",
    "from": date(2027, 3, 1),
    "every": "wed",
    "time": "19:00-22:00",
    "place": "Vereinsheim, Zechenstraße 12",
    "url": "https://example.org/schachabend",
}
CONTACTS = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Hofladen Gößweinstein – Markus Dippold,facebook,https://example.org/hofladen,loose,,,,,\n"
)


def test_no_two_brackets_follow_each_other() -> None:
    strategy = make(offers=[OFFER], channels={"facebook": {}, "instagram": {}}, months=3)
    strategy = strategy.with_people(parse_contacts(CONTACTS.encode(), "contacts.csv"))
    prompts = [e.prompt for e in build(strategy).entries]
    assert [p for p in prompts if "Dippold" in p]
    assert not [p for p in prompts if re.search(r"\) \((?:Link: |https?://)", p)]
