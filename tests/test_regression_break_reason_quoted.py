"""The note before a break quoted the team's internal reason and said the practice was off.

A vet practice's blackout read "Easter week – Kate on leave, the vets cover the practice
only". The note for its Instagram followers said "you're off from 29 March … : Easter week –
Kate on leave, …": an internal note in public, and "off" for a practice that stays open. The
note now never quotes the reason, and a break of no known kind is a pause on the channel.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

REASON = "Easter week – Kate on leave, the vets cover the practice only"


def test_the_note_before_a_break_keeps_the_reason_to_the_team() -> None:
    strategy = make(
        language="en",
        goals=[{"id": "owners", "text": "More owners book check-ups"}],
        topics=["Tick season"],
        blackout=[{"from": date(2027, 3, 29), "to": date(2027, 4, 2), "reason": REASON}],
    )
    rows = [{"channel": "instagram", "move": "away", "start": "2027-03-28 19:00"}]
    (note,) = render(strategy, entries(strategy, rows))
    assert "Kate" not in note.prompt
    assert "you're off" not in note.prompt
    assert "taking a break here from 29 March" in note.prompt
