"""A lifeboat crew's post about volunteering around work and family was to tag a local
historian and mention the photo of his grandad's coble: his note says "old fishing family".

Words of everyday life ("family", "people", „Familie“) tie a note to a topic only where they
are what the topic is about (its short form, or its title without one); a word of the
person's own subject still does.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.test_prompt_context import contexts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Tom Brackenbury,facebook,@tom.b,regular,,,,,Local history; old fishing family\n"
    "Gail Sutton,facebook,@gail.s,regular,,,,,Volunteering lead at the hospital\n"
)
TOPIC = "Fitting volunteering around work and family"


def test_an_everyday_word_makes_no_topic_close() -> None:
    topic = {"title": TOPIC, "short": "volunteering around a day job", "kind": "theme"}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    row = {"channel": "facebook", "move": "ask", "start": "2027-03-02 18:00", "topic": TOPIC}
    people = contexts(strategy, [row])(0)["topic_people"]
    assert [p["name"] for p in people] == ["Gail Sutton"]
