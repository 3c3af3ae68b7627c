"""A childminders' thank-you five weeks after the information evening a family centre's head
ran with them asked her „Und wie steht es um den Infoabend im März?“ (r313): what the team
shares with a contact, where it is one of the plan's events and over, is no longer asked
about; the entries about that event, before and just after it, still speak of it.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

CSV = (
    "name,channel,profile,tier,last_contact,note,talk_about\n"
    "Familienzentrum Regenbogen – Miriam Osterkamp,facebook,https://example.org/fz,close,"
    "2026-12-02,organisiert den Infoabend Kindertagespflege mit uns,den Infoabend im März\n"
)
EVENT = {"title": "Infoabend Kindertagespflege", "date": date(2027, 3, 18),
         "time": "19:30-21:00", "place": "Familienzentrum"}  # fmt: skip


def test_a_shared_event_is_not_asked_about_once_it_is_over() -> None:
    strategy = make(events=[EVENT], channels={"facebook": {}}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv")
    )
    rows = [{"channel": "facebook", "move": "thank", "start": f"2027-{day} 18:00",
             "topic": ""} for day in ("02-20", "04-27")]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    facts = Contexts(strategy, named)
    assert [facts(i)["person"]["said"] for i in range(2)] == ["den Infoabend im März", ""]
