"""A watch repairer's thank-you asked the chair of the society that had booked her talk:
“Will we see you at your talk at the Severn Horological Circle?” (r337). The team's short
form, "our talk at …", was turned to the team ("your talk") inside a line the team says to
someone else; and the chair who booked it was invited to it, not asked what he needs.

In a line to a contact the team's own words stay its own, and someone who booked the team
for an event is asked what they need.
"""

from __future__ import annotations

import re
from datetime import date

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

TALK = {"title": 'Talk "What a service really involves" at the Severn Horological Circle',
        "short": "our talk at the Severn Horological Circle", "date": date(2027, 4, 14),
        "time": "19:30-21:00", "place": "Church Stretton Methodist Hall"}  # fmt: skip
ROWS = (
    "name,channel,profile,tier,last_contact,note,talk_about\n"
    "Peter Aldridge,linkedin,https://example.org/peter,loose,2026-05-09,"
    "Chair of the Severn Horological Circle; booked the April talk,"
    "the April talk at the Severn Horological Circle\n"
)


def test_a_line_to_the_host_keeps_the_teams_words() -> None:
    strategy = make(language="en", events=[TALK], channels={"linkedin": {}}, months=3)
    people = parse_contacts(ROWS.encode(), "contacts.csv", strategy.keep_in_touch)
    prompts = [e.prompt for e in build(strategy.with_people(people)).entries]
    said = [line for p in prompts if "Peter" in p for line in re.findall(r"“([^”]*)”", p)]
    about = [line for line in said if "Severn Horological Circle" in line]
    assert about
    assert not [line for line in about if "your talk" in line], about
    assert not [line for line in about if "see you at" in line or "coming to" in line], about
