"""A channel below its minimum was told „Raise its share to at least 20 minutes per week“.

A potter gave her newsletter a quarter of an hour a week. Every other finding names the
fields and values to write; this one left her to work out the hours. It now names the
minutes missing and the channel's hours and total with them.
"""

from __future__ import annotations

import re

from dialogplan.neglect import check_plan
from dialogplan.schedule import channel_minutes, schedule_work
from dialogplan.trials import with_more_minutes
from tests.test_threads import make

SUGGESTED = re.compile(
    r"^Give Newsletter (?:at least )?(\d+) more minutes a week \(channels\.newsletter"
)


def test_a_channel_below_its_minimum_is_told_the_hours_that_reach_it() -> None:
    strategy = make(
        hours_per_week=2.25,
        channels={"linkedin": {"hours_per_week": 2}, "newsletter": {"hours_per_week": 0.25}},
    )
    found = check_plan(strategy, schedule_work(strategy))
    (suggestion,) = [f.suggestion for f in found if f.code == "thin" and f.channel == "newsletter"]
    match = SUGGESTED.match(suggestion)
    assert match, suggestion
    raised = with_more_minutes(strategy, ["newsletter"], int(match[1]))
    assert channel_minutes(raised)["newsletter"] >= 20
