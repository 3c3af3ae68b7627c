"""A model flying club's announcement read „eine Einladung zum Termin „Infoabend
Jugendgruppe““ although the strategy gave the short form „Infoabend für Jugendliche und
Eltern“, and its weekly „Schnupperfliegen“ stayed „euer Angebot „Schnupperfliegen““ (r336).

Every opening of an event's announcement uses a short form whose gender is known, and a
short form named by its verb („Schnupperfliegen“, „Töpfern“) is neuter.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.german_nouns import genus
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize("short", ["Schnupperfliegen", "Töpfern", "Probelaufen"])
def test_an_activity_named_by_its_verb_is_neuter(short: str) -> None:
    assert genus(short) == "n"


def test_no_announcement_quotes_the_title_of_an_event_with_a_short_form() -> None:
    event = {"title": "Infoabend Jugendgruppe", "short": "Infoabend für Jugendliche und Eltern",
             "date": date(2027, 4, 28), "time": "19:00-20:30"}  # fmt: skip
    strategy = make(events=[event], channels={"facebook": {}})
    on = {"channel": "facebook", "move": "announce", "topic": "",
          "announce": "Infoabend Jugendgruppe"}  # fmt: skip
    rows = [{**on, "start": f"2027-04-{day:02d} 11:00", "seq": day} for day in range(1, 15)]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "„Infoabend Jugendgruppe“" in p]
