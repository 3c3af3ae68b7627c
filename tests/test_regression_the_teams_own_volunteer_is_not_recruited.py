"""A carers' group's notes said „Our volunteer who runs the Facebook groups in the evenings“,
and a meeting with him asked whether he would become a volunteer sitter, since the note
shared words with the goal's people (r361). A note that makes someone the team's own already
fits no goal's people.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
GOALS = [{"id": "sitters", "text": "Volunteer sitters", "who": "volunteers who sit with people",
          "question": "Could you sit with someone's mum for an afternoon?"}]  # fmt: skip


@pytest.mark.parametrize(
    ("note", "fits"),
    [("Our volunteer who sits with people on Tuesdays", False),
     ("Already one of our volunteers; sits with people at the drop-in", False),
     ("Retired nurse; volunteers who sit with people sound like her", True),
     ("Our landlord; volunteers who sit with people sound like him", True)],
)  # fmt: skip
def test_the_teams_own_people_fit_no_goal(note: str, fits: bool) -> None:
    row = f"Dev Mistry,instagram,@dev,close,2026-11-30,,,,{note},\n"
    strategy = make(language="en", goals=GOALS)
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "comment", "start": "2027-03-02 08:00", "topic": ""}]
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    found = Contexts(strategy, named)(0)["person"]["fits"]
    assert (found is not None) is fits, found
