"""An energy cooperative's meeting with a farm shop proposed its monthly get-together and, in
the same breath, "passt dir Dienstag oder Donnerstag?": the get-together is on the first
Thursday of the month, so a Tuesday there does not exist.

At the team's own meeting point (`meet_at`), a named meeting now invites to it and offers no
days of its own.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.render import render
from tests.test_prompt_context import with_contacts
from tests.test_render import entries
from tests.test_threads import make

PLACES = {
    "en": "at the boathouse on Carrow Water for a cup of tea",
    "de": "beim Energie-Stammtisch im Gasthaus Krone, jeden ersten Donnerstag im Monat",
}
DAYS = {"en": ("Tuesday", "Thursday", "Monday"), "de": ("Dienstag", "Donnerstag", "Montag")}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_named_meeting_at_the_team_s_place_offers_no_days(language: str) -> None:
    strategy = with_contacts(make(language=language, meet_at=PLACES[language]))
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-{n + 2:02d} 08:00",
             "seq": n} for n in range(12)]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    prompts = [e.prompt for e in render(strategy, named)]
    assert all(PLACES[language].split(",")[0] in p for p in prompts)
    assert not [p for p in prompts if any(day in p for day in DAYS[language])]
    assert not [p for p in prompts if any(mark in p for mark in "{}|")]  # forms all resolved
