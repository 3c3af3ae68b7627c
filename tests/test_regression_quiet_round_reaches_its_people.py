"""A yoga studio's newsletter round said "Ask Gethin Morgan (@gethinruns) by e-mail".

Gethin was told about the newsletter's article, which goes out as a link to people on any
platform; he is on Instagram, and the team has no e-mail address for him. A quiet reply
round now asks only the post's people it can reach where it answers.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Gethin Morgan,instagram,@gethinruns,loose,2026-11-01,,,,Captain of the park runners; runner\n"
    "Nia Evans,newsletter,,loose,2026-11-01,,,,Reader; a runner who writes in\n"
)


def test_a_newsletter_round_asks_only_readers() -> None:
    strategy = make(
        language="en",
        timezone="Europe/London",
        topics=[{"title": "Yoga for runners", "short": "yoga for runners", "kind": "theme"}],
        channels={"newsletter": {}, "instagram": {}},
    ).with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rounds = [
        e.prompt for e in build(strategy).entries if e.move == "reply" and e.channel == "newsletter"
    ]
    assert any("Nia Evans" in p for p in rounds)
    assert not [p for p in rounds if "Gethin" in p]
