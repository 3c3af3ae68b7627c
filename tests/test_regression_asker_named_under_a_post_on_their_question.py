"""A law firm's reply round, with nobody answering yet, was to mention a man in a comment
under its post on termination agreements: the very contract he had asked the firm about in
private (r318).

Someone waiting on an answer to a question of their own is sent the post, never tagged or
mentioned under it.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

TOPIC = "Aufhebungsvertrag und Abfindung"
PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Kai Hoffmeister,instagram,@kai.h,loose,,,,,Fragt zum Aufhebungsvertrag,"
    "seine Frage zur Sperrzeit nach einem Aufhebungsvertrag\n"
)
ROWS = [
    {"channel": "instagram", "move": "ask", "start": "2027-03-02 18:00", "topic": TOPIC},
    {"channel": "instagram", "move": "reply", "start": "2027-03-03 18:00", "topic": TOPIC,
     "follows_up": "row0@test"},
]  # fmt: skip


def _strategy() -> Strategy:
    strategy = make(topics=[{"title": TOPIC, "kind": "theme"}], channels={"instagram": {}})
    return strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))


def test_the_post_goes_to_the_asker_without_a_tag() -> None:
    strategy = _strategy()
    post = render(strategy, entries(strategy, ROWS[:1]))[0].prompt
    assert "Kai Hoffmeister" in post
    assert "Markier" not in post


def test_the_reply_round_does_not_mention_the_asker() -> None:
    assert contexts(_strategy(), ROWS)(1)["topic_people"] == ()
