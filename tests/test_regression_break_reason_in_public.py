"""A dog school's note before a break quoted the team's own reason for it.

„Nenn den Anlass dazu: Fortbildung Verhaltenstherapie in Hannover.“ The README says a
blackout's reason is for the team and the note before a break never quotes it; the German
template did, as a label, while the English one never had. It no longer does.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

REASONS = ["Fortbildung Verhaltenstherapie in Hannover", "Kate im Urlaub", "Hallenumbau"]


def test_a_break_note_never_quotes_its_reason() -> None:
    for reason in REASONS:
        blackout = [{"from": date(2027, 3, 8), "to": date(2027, 3, 12), "reason": reason}]
        strategy = make(blackout=blackout)
        rows = [{"channel": "linkedin", "move": "away", "start": "2027-03-05 09:00", "seq": n}
                for n in range(4)]  # fmt: skip
        for entry in render(strategy, entries(strategy, rows)):
            assert reason not in entry.prompt, entry.prompt
