"""Regression: an orchard's thanks for its wassail was sent to a fruit-tree contact (r480).

The question post after the wassail looked back on it, but it was planned on the topic of
fruit trees in small gardens, and the prompt said to send it to Priya, whose posts are about
those: she had nothing to do with the wassail. A post that looks back on an event names none
of its topic's people.
"""

from __future__ import annotations

from datetime import date

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TREES = {"title": "Fruit trees in small gardens", "kind": "theme",
         "questions": ["Which fruit tree would you plant in a small garden?"]}  # fmt: skip
WASSAIL = {"title": "Hawthorn Lane Wassail", "short": "the wassail", "date": date(2027, 1, 23),
           "topics": ["Our wassail"]}  # fmt: skip
PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Priya Lomax,instagram,@priya.grows,loose,2026-08-12,,,,Posts about fruit trees in small"
    " gardens\n"
)


def asks(events: list[dict[str, object]]) -> list[str]:
    strategy = make(language="en", channels={"instagram": {}}, events=events,
                    topics=[TREES, {"title": "Our wassail", "kind": "own"}])  # fmt: skip
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "ask", "topic": TREES["title"],
             "start": "2027-01-26 11:00"}]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_the_thanks_for_the_wassail_go_to_nobody_of_the_topic() -> None:
    (post,) = asks([WASSAIL])
    assert "wassail" in post
    assert "Priya" not in post


def test_a_post_on_the_topic_still_goes_to_her() -> None:
    (post,) = asks([])
    assert "Priya" in post
