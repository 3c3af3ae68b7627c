"""A village hall's filmmaker won an award, and the plan never congratulated him: his
channel had no congratulation or thank-you in the 14 days after it, only a comment round,
while a Facebook prompt four days later said "Look for good news from people you know".

A comment round on a channel where the news shows is now named for it, and congratulates
under the post that tells it, in the comment's own minutes.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.people_plan import name_people
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date\n"
    "Harry Bowen,instagram,@harrybowenfilms,90,2026-12-02,"
    "Won a Shropshire film award for his short documentary,2027-03-20\n"
)


def test_a_comment_round_congratulates_on_news() -> None:
    strategy = make(language="en", channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "listen", "start": "2027-03-24 18:00"},
        {"channel": "instagram", "move": "comment", "start": "2027-03-30 18:00", "continues": 0},
    ]
    named = name_people(strategy, entries(strategy, rows))
    comment = named[1]
    assert (comment.contact, comment.contact_reason, comment.minutes) == (
        "Harry Bowen", "news", entries(strategy, rows)[1].minutes,
    )  # fmt: skip
    prompt = render(strategy, named)[1].prompt
    assert "film award" in prompt and "@harrybowenfilms" in prompt
    assert "saved" not in prompt
