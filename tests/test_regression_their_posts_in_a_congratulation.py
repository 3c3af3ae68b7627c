"""A cheesemonger's notes said Morag ran "her" café, and a congratulation round began „Begin
with Morag Lindsay – check their latest posts“ while her named entries said "hers" (r233).
The contacts a congratulation starts with follow the notes too (on Instagram: a Facebook
page's round starts with no person, whose posts a page cannot comment on).
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Morag Lindsay,instagram,@morag.lindsay,close,2026-11-20,,,,"
    "Owner of a café; we supply her weekly,the tart on her lunch menu\n"
)


def test_a_congratulation_says_her_where_the_notes_do() -> None:
    strategy = make(language="en", channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "congratulate", "seq": 3 * n,
             "start": f"2027-04-{8 + n:02d} 09:00"} for n in range(4)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    named = [p for p in prompts if "Morag" in p]
    assert named
    wrong = ("check their latest", "what they've posted", "their latest post", "what they're")
    assert not [p for p in named if any(words in p for words in wrong)], named
