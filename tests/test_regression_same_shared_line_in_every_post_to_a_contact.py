"""A youth centre sent two posts, two months apart, to a school's teacher, each time with
the same line about its homework club for her year-seven pupils (r320).

What the team shares with a contact goes with the first post sent to them; later posts go
with a line of the team's own.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.test_prompt_context import contexts
from tests.test_threads import make

TOPIC = "Hausaufgaben und Schule"
PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Sabine Kortkamp,instagram,@s.kortkamp,regular,,,,,Lehrerin für Hausaufgaben-AG,"
    "die Hausaufgabenhilfe für ihre Siebtklässler\n"
)


def test_the_shared_line_goes_with_the_first_post_only() -> None:
    strategy = make(topics=[{"title": TOPIC, "kind": "theme"}], channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "ask", "start": f"2027-{month}-02 18:00",
             "topic": TOPIC} for month in ("03", "05")]  # fmt: skip
    facts = contexts(strategy, rows)
    (first,), (second,) = facts(0)["topic_people"], facts(1)["topic_people"]
    assert first["talk"] == "die Hausaufgabenhilfe für ihre Siebtklässler"
    assert second["name"] == "Sabine Kortkamp"
    assert second["talk"] == ""
