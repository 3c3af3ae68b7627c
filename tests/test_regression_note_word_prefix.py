"""A bus driver whose note spoke of duty rosters was tagged under the monthly meeting.

A union branch's contact note read "Busfahrer bei den Stadtwerken, Dienstpläne und
Überstunden"; the prompt for a post about „Offenes Treffen am ersten Dienstag“ said he could
speak to it, because „Dienstpläne“ and „Dienstag“ start alike. A note's word now has to name
the same thing as one of the topic's words: the word itself, another form of it, or the end
of a compound („Kinosnacks“ for "snacks").
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.test_prompt_context import contexts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Mehmet Yilmaz,instagram,@mehmet,regular,,,,,"
    '"Busfahrer bei den Stadtwerken, Dienstpläne und Überstunden"\n'
)


def test_a_note_touches_a_topic_by_whole_words_only() -> None:
    topics = ["Offenes Treffen am ersten Dienstag", {"title": "Überstunden", "kind": "theme"}]
    strategy = make(topics=topics).with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "ask", "start": f"2027-03-0{2 + n} 08:00", "topic": t}
        for n, t in enumerate(["Offenes Treffen am ersten Dienstag", "Überstunden"])
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["topic_people"] == ()
    assert [p["name"] for p in facts(1)["topic_people"]] == ["Mehmet Yilmaz"]
