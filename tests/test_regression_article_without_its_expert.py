"""A software team's article on native controls named none of the people who write on it.

Contacts whose notes touch a topic were offered only to work on their own platform, and in
file order: the article went without the Mastodon contact who writes about exactly this, or
named a customer whose note shares one word with the topic. An article, sent by link, now
asks the contact whose note names most of the topic, wherever they are.
"""

from __future__ import annotations

from tests.test_people_plan import with_rows
from tests.test_prompt_context import contexts

ROWS = [
    "Gwen Ash,linkedin,,regular,2027-02-20,,,,Customer; asked about inventory once",
    "Priya Raman,mastodon,@priya@example.social,loose,,,,,Writes on inventory and safety buffers",
]


def test_an_article_asks_the_contact_who_writes_on_its_topic() -> None:
    strategy, _ = with_rows(ROWS)
    row = {"channel": "linkedin", "move": "article", "start": "2027-03-09 12:00",
           "topic": "Lean inventory versus safety stock"}  # fmt: skip
    (first, *_) = contexts(strategy, [row])(0)["topic_people"]
    assert first["name"] == "Priya Raman"
    assert first["on"] == "on Mastodon"
