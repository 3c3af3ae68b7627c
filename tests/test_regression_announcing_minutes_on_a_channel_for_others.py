"""A yoga studio was told to give LinkedIn 15 more minutes to announce its open-mat Sunday.

Its LinkedIn serves HR leads at local firms; only the beginners' goal invites to the open-mat
Sundays, and Instagram and the Facebook groups serve it. The fewest minutes were tried first
on every channel that announces, so the cheapest fix went to people the event is not for. The
minutes are tried only on channels that serve the event's people, where one does.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from flows.files import read_strategy
from tests.support import ROOT

YOGA = ROOT / "tests" / "strategies" / "stillwater-yoga.yaml"


def test_the_fix_goes_to_a_channel_of_the_events_people() -> None:
    strategy = read_strategy(YOGA)
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    fixes = [f.suggestion for f in findings if f.code == "unannounced" and "open-mat" in f.message]
    assert fixes
    assert not [fix for fix in fixes if "LinkedIn" in fix], fixes
