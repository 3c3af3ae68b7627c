"""A group round started with a contact who is not in that group.

"In the Cornwall Cycling Chat group … Start with Sophie Lanyon", whose note says she runs the
Roseland Parents group. Work in a group now starts with a contact only when the team's note
places them there.
"""

from __future__ import annotations

import dataclasses

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Sophie Lanyon,facebook-group,,loose,,,,,Admin of Roseland Parents; asks about family rides\n"
)


def test_a_group_round_names_only_contacts_the_note_places_in_that_group() -> None:
    topics = [{"title": "Family rides", "kind": "theme"}]
    groups = {"facebook-group": ["Roseland Parents", "Cornwall Cycling Chat"]}
    strategy = make(topics=topics, groups=groups, channels={"facebook-group": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {"channel": "facebook-group", "move": "comment", "start": f"2027-03-{day} 08:00",
         "topic": "Family rides"}
        for day in ("02", "30")
    ]  # fmt: skip
    planned = entries(strategy, rows)
    planned = (
        dataclasses.replace(planned[0], group="Cornwall Cycling Chat"),
        dataclasses.replace(planned[1], group="Roseland Parents"),
    )
    facts = Contexts(strategy, planned)
    named = [[p["name"] for p in facts(i)["topic_people"]] for i in range(2)]
    assert named == [[], ["Sophie Lanyon"]]
