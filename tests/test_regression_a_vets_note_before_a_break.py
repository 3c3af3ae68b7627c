"""Regression: notes before a break for people who may need the team on any day.

A mobile vet's and a funeral director's notes promised to "answer everything when you're
back" (r616, r618), and a hedgehog station's named no one to call for a found animal over
Easter (r624). Where the team's name says people may need it on any day, every note before
a break says where an urgent case goes meanwhile; a bakery's does not.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.duties import urgent_duties
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

URGENT = {"en": "urgent", "de": "dringend"}
BREAKS = {
    "a week off": ("2027-04-09", "Team holiday"),
    "a course": ("2027-04-09", "Training course in Hannover"),
    "Easter": ("2027-03-25", ""),
}
REGION = {"en": "GB-ENG", "de": "DE-NI"}


def _note(name: str, language: str, day: str, reason: str) -> str:
    blackout = [{"from": date(2027, 4, 12), "to": date(2027, 4, 16), "reason": reason}]
    strategy = make(name=name, language=language, channels={"facebook": {}},
                    region=REGION[language], blackout=blackout if reason else [])  # fmt: skip
    rows = [{"channel": "facebook", "move": "away", "topic": "", "seq": 0,
             "start": f"{day} 09:00"}]  # fmt: skip
    (note,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    return note


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Harne Valley Mobile Vets", "en"),
        ("Bevan & Daughter Funeral Directors", "en"),
        ("Stachelhof e.V. – Igelstation und Wildtierhilfe", "de"),
        ("Tierarztpraxis am Moorweg", "de"),
    ],
)
@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_the_note_says_where_urgent_cases_go(name: str, language: str, kind: str) -> None:
    note = _note(name, language, *BREAKS[kind])
    assert URGENT[language] in note.lower(), note


@pytest.mark.parametrize(
    ("name", "language"), [("Millgate Bakehouse", "en"), ("Kaffeerösterei Haselmann", "de")]
)
def test_a_bakery_is_not_told_of_urgent_cases(name: str, language: str) -> None:
    assert not urgent_duties(make(name=name, language=language))
    note = _note(name, language, *BREAKS["a week off"])
    assert "urgent case" not in note and "dringenden Fällen" not in note, note
