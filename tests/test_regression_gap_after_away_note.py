"""A youth circus was told to post when it would be back, though the plan had done so.

The declared silence over Easter came right after the plan's own ``away`` note on LinkedIn,
and on its Facebook groups, where the team has no feed to post one in. A declared silence
said ahead by an away note, or on a channel of groups, is no finding any more.
"""

from __future__ import annotations

from datetime import date

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule
from tests.test_threads import make

EASTER = [{"from": date(2027, 3, 29), "to": date(2027, 4, 2), "reason": "Osterferien"}]


def test_a_break_said_ahead_is_no_gap() -> None:
    strategy = make(
        start=date(2027, 3, 1),
        months=2,
        channels={"linkedin": {"share": 0.6}, "facebook-group": {}},
        groups={"facebook-group": ["Eltern in Göttingen"]},
        blackout=EASTER,
    )
    entries = schedule(strategy)
    assert any(e.move == "away" and e.channel == "linkedin" for e in entries)
    gaps = [f for f in check_plan(strategy, entries) if f.code == "gap"]
    assert not [g for g in gaps if g.declared]
