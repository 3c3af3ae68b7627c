"""A library's note before its stocktake promised a detail of "what will be different".

„Inventur, Bücherei geschlossen“ was read as building works, so the note before it said the
team was busy with the works and asked followers to guess what would be new. A stocktake
keeps the team at its own work and changes nothing people see: its notes stay general.
"""

from __future__ import annotations

import pytest

from dialogplan.calendar_hooks import BREAK_KINDS
from dialogplan.word_stems import kind_of, stems


@pytest.mark.parametrize("reason", ["Inventur, Bücherei geschlossen", "Annual stocktake"])
def test_a_stocktake_is_the_teams_own_work(reason: str) -> None:
    assert kind_of(reason, stems("break_words.yaml", BREAK_KINDS, inside=True)) == "busy"
