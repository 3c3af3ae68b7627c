"""A bouldering gym's Instagram went eight days without a post around a five-day blackout.

The plan estimates whether a channel needs a note before a break from its weekly minutes;
most of them went to listening and messages, which nobody sees, so the estimate said no note
was needed, and the check then told the team to post when it would be back, which the plan is
there to do. A plan that turns out silent too long around a break is now made again with
its notes.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import parse_strategy
from tests.support import ROOT

GYM = ROOT / "tests" / "strategies" / "griffwerk.yaml"


def test_a_channel_silent_around_a_break_gets_its_note() -> None:
    strategy = parse_strategy(GYM.read_text(encoding="utf-8"), str(GYM))
    work = schedule_work(strategy)
    notes = [e for e in work if e.channel == "instagram" and e.move == "away"]
    assert [e.start.date().isoformat() for e in notes] == ["2027-02-28"]
    assert not [f for f in check_plan(strategy, work) if f.code == "gap"]
