"""A quiet reply round asked a workshop venue about picture-book fees.

When nobody had been told about a post, its reply round named two of the channel's
contacts to ask if no answer came, whoever they were: the room the illustrator rents for
workshops was to weigh in on royalties, a tourism office on how families sleep on a
campsite. On a topic, only contacts whose note touches it are named now.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.test_prompt_context import contexts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "The Inkwell Room,instagram,@inkwellroom,close,,,,,Venue for the monthly workshops\n"
    "Ayo Bright,instagram,@ayo.draws,loose,,,,,Illustrator; talks about picture book fees\n"
    "Corin Vale,instagram,@corin.v,loose,,,,,Bookshop owner\n"
)


def test_a_topic_s_reply_round_names_only_people_whose_note_touches_it() -> None:
    topics = [{"title": "Picture book fees", "kind": "theme"}]
    strategy = make(language="en", topics=topics, channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "reply", "start": f"2027-03-0{day} 18:00",
         "topic": "Picture book fees"}
        for day in range(1, 5)
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    named = {p["name"] for i in range(len(rows)) for p in facts(i)["topic_people"]}
    assert named == {"Ayo Bright"}
