"""Regression: an optician's families asked "Will you be there too? Let's meet!" (r513).

The note before a trade conference in Belfast asked the shop's followers, parents and older
customers, whether they would be there too. Customers follow a team at a conference as much
as its peers: the note asks what to bring back or look out for, which either can answer.
Two notes before a break on one page also closed with the same words (r512): the closing
line has wordings of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEERS_ONLY = ("Will you be there too", "Which talk shouldn't", "auch dort?", "Welchen Vortrag")


def _notes(language: str, reason: str) -> list[str]:
    strategy = make(language=language, channels={"facebook": {}, "instagram": {}},
                    blackout=[{"from": date(2027, 4, 12), "to": date(2027, 4, 16),
                               "reason": reason}])  # fmt: skip
    rows = [{"channel": channel, "move": "away", "topic": "", "seq": n,
             "start": f"2027-04-0{8 + n // 2} 10:00"}
            for n, channel in enumerate(["facebook", "instagram"] * 2)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_conference_note_asks_what_anyone_can_answer(language: str) -> None:
    reason = "Optometry conference in Belfast" if language == "en" else "Fachkongress in Köln"
    notes = _notes(language, reason)
    assert not [n for n in notes if any(p in n for p in PEERS_ONLY)], notes


def test_notes_close_in_more_than_one_wording() -> None:
    notes = _notes("en", "Team holiday")
    frames = {n.split("“")[-2].rsplit(". ", 1)[-1] for n in notes if "“" in n}
    assert len(frames) > 1, notes
