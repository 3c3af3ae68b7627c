"""A circus school's newsletter article ended „Schick das Stück, sobald es erscheint, per E-Mail an
Ulrike Brandau und frag, was darin noch fehlt“ (r232): once it is out, nothing can be added to it.
The person it goes to is asked what, in their view, belongs with it: a line for the next time.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Ulrike Brandau,newsletter,ulrike@example.org,regular,2026-11-01,,,,"
    "Näht Kostüme für die Sommershow,\n"
)


def test_an_issue_already_out_asks_for_no_missing_part() -> None:
    topic = {"title": "Kostüme und Bühnenbau", "kind": "theme"}
    strategy = make(topics=[topic], channels={"newsletter": {}}, voice="wir")
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "newsletter", "move": "article", "topic": topic["title"], "seq": seq,
             "start": f"2027-05-{6 + 7 * seq:02d} 09:00"} for seq in range(4)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    named = [p for p in prompts if "Ulrike" in p]
    assert named
    assert not [p for p in named if "noch fehlt" in p], named
