"""A thank-you to a bouldering gym's co-organiser said „Euer letzter Kontakt war am 25. März,
vor acht Wochen“, though the plan had sent her its post on the women's evening four weeks
before. A post sent to a contact is a touch: once a week old, the time since counts from it.
"""

from __future__ import annotations

import dataclasses

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Sophie Kaltenbach,instagram,@sophie,close,2027-01-20,,,,Organisiert den Frauen-Boulderabend\n"
)


def test_the_time_since_the_last_touch_counts_from_a_post_sent_to_them() -> None:
    topics = [{"title": "Frauen-Boulderabend", "kind": "theme"}]
    strategy = make(topics=topics).with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-03-30 08:00",
         "topic": "Frauen-Boulderabend"},
        {"channel": "instagram", "move": "thank", "start": "2027-04-27 08:00", "topic": ""},
    ]  # fmt: skip
    planned = list(entries(strategy, rows))
    planned[1] = dataclasses.replace(planned[1], contact_row=2)
    facts = Contexts(strategy, planned)
    assert [p["name"] for p in facts(0)["topic_people"]] == ["Sophie Kaltenbach"]
    assert facts(1)["person"]["since"]["days"] == 28
