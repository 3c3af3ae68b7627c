"""A bookshop asked a bookstagrammer for a first answer on its crime-fiction post three days
after he had opened a vinyl and coffee shop, without a word about it.

The team's contacts named in an own post are told about it for their knowledge of the topic;
their own news was left out. While it is fresh, the prompt now congratulates them on it in
the same breath.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,note\n"
    "Danny Reyes,instagram,@dannyreads_york,regular,2026-11-28,"
    "Opened a vinyl and coffee shop on Gillygate,2027-03-12,Reviews crime fiction\n"
)


@pytest.mark.parametrize(("language", "said"), [("en", "congratulate"), ("de", "Gratulier")])
def test_an_own_post_sent_to_a_contact_congratulates_on_fresh_news(
    language: str, said: str
) -> None:
    topic = {"title": "Crime fiction set in Yorkshire", "kind": "theme"}
    strategy = make(language=language, topics=[topic], channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "ask", "start": f"2027-03-{day:02d} 18:00",
         "topic": topic["title"], "seq": day}
        for day in (15, 16, 17)
    ]  # fmt: skip
    named = [e.prompt for e in render(strategy, entries(strategy, rows)) if "Danny" in e.prompt]
    assert named
    assert all(said in p and "Opened a vinyl and coffee shop on Gillygate" in p for p in named)
