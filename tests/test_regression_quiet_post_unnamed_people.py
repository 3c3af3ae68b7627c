"""A quiet post's fallback said "send the question to two people you know", unnamed.

The post itself had told the team to let Jory know, whose note says he maps cycling routes;
the reply round then asked for "two people you know who'd have an answer". A reply round now
knows the people its post was sent to, and asks them first when nobody answers.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Jory Penhallow,linkedin,https://example.org/jory,loose,,,,,Maps cycling routes\n"
)


def test_a_reply_round_asks_the_people_its_post_was_sent_to() -> None:
    topics = [{"title": "Cycling routes", "kind": "theme"}]
    strategy = make(language="en", topics=topics, channels={"linkedin": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {
            "channel": "linkedin",
            "move": "ask",
            "start": "2027-03-02 08:00",
            "topic": "Cycling routes",
        }
    ]
    rows += [
        {"channel": "linkedin", "move": "reply", "start": f"2027-03-02 {hour}:00",
         "topic": "Cycling routes", "follows": 0, "seq": seq}
        for seq, hour in enumerate(("12", "13", "14", "15", "16", "17"))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert "Jory Penhallow" in prompts[0]
    assert any("Jory Penhallow" in p for p in prompts[1:])
    assert not any("two people you know" in p for p in prompts)
