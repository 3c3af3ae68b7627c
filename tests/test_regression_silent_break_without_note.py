"""A bouldering gym's Instagram went eight days without a post around a five-day blackout.

The plan estimates whether a channel needs a note before a break from its weekly minutes;
most of them went to listening and messages, which nobody sees, so the estimate said no note
was needed, and the check then told the team to post when it would be back, which the plan is
there to do. A plan that turns out silent too long around a break is now made again with
its notes.
"""

from __future__ import annotations

from datetime import date

from dialogplan.catalogue import catalogue
from dialogplan.moves import MOVES
from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import parse_strategy
from tests.support import ROOT

GYM = ROOT / "tests" / "strategies" / "griffwerk.yaml"


def test_a_channel_silent_around_a_break_gets_its_note() -> None:
    strategy = parse_strategy(GYM.read_text(encoding="utf-8"), str(GYM))
    work = schedule_work(strategy)
    posts = sorted(
        e.start.date() for e in work if e.channel == "instagram" and MOVES[e.move].visible
    )
    before = max(d for d in posts if d < date(2027, 3, 1))
    after = min(d for d in posts if d > date(2027, 3, 5))
    notes = [e for e in work if e.channel == "instagram" and e.move == "away"]
    if (after - before).days - 1 > catalogue()["instagram"].max_silence_days:
        assert notes
    assert not [f for f in check_plan(strategy, work) if f.code == "gap"]
