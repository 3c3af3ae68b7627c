"""A post's prompt told the team to send it to an outdoor shop: „Das Thema liegt dieser Person
nahe.“

The tool only knows that the team's note on a contact touches the topic. Said aloud, it called
a shop a person and read like an internal note. The German lines now say what to do and why
it helps, not why the tool chose them.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Bergwerk Outdoor,instagram,@bergwerk,loose,,,,,Outdoorladen; sponsert Boulderwettkämpfe\n"
)


def test_a_contact_near_the_topic_is_not_called_a_person_it_is_close_to() -> None:
    topics = [{"title": "Boulderwettkämpfe", "kind": "theme"}]
    strategy = make(topics=topics).with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": move, "start": f"2027-03-{n + 2:02d} 08:00",
             "topic": "Boulderwettkämpfe"}
            for n, move in enumerate(["ask", "story", "article"] * 8)]  # fmt: skip
    named = [e.prompt for e in render(strategy, entries(strategy, rows)) if "Bergwerk" in e.prompt]
    assert named
    for prompt in named:
        assert "nahe" not in prompt and "Person" not in prompt, prompt
