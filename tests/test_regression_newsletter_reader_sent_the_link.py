"""A consultancy's issue was to be sent as a link to a reader of the newsletter, who gets
every issue anyway, where the team's file held nothing it shares with her.

A newsletter's reader gets a personal e-mail on the day, with or without a shared subject.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = "Scenario planning"
PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Priyanka Shah,newsletter,priyanka@example.org,regular,,,,,Runs scenario planning at a mill\n"
)


def test_a_newsletter_reader_gets_a_personal_line_not_the_link() -> None:
    strategy = make(language="en", topics=[{"title": TOPIC, "kind": "theme"}],
                    channels={"newsletter": {}})  # fmt: skip
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "newsletter", "move": "ask", "start": "2027-03-02 09:00", "topic": TOPIC}]
    prompt = render(strategy, entries(strategy, rows))[0].prompt
    assert "e-mail Priyanka Shah a personal line" in prompt
    assert "Send the link" not in prompt
