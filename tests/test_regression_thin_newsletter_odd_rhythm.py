"""A monthly newsletter was told to post "about every 1.8 weeks".

A recording studio gave its newsletter 30 minutes a week and one issue a month; the issues
came to 9 minutes a week, short of its 20. No rhythm a team keeps lay between the least that
keeps the channel alive and the most its minutes pay for, so the suggestion fell back on
0.56, a rate nobody plans by. The next rhythm up spends all the minutes and keeps the channel
alive: that is what it suggests now.
"""

from __future__ import annotations

import re

from dialogplan.neglect import RHYTHMS, check_plan
from dialogplan.schedule import schedule_work
from tests.support import ROOT, load_plan

STUDIO = ROOT / "tests" / "strategies" / "foundry-lane.yaml"


def test_a_capped_channel_is_told_a_rhythm_people_keep() -> None:
    strategy = load_plan(STUDIO)
    (finding,) = [f for f in check_plan(strategy, schedule_work(strategy))
                  if f.channel == "newsletter" and f.code == "thin"]  # fmt: skip
    found = re.search(r"posts_per_week to at least ([\d.]+)", finding.suggestion)
    assert found and "tried on a copy of your plan" in finding.suggestion, finding.suggestion
    posts = float(found.group(1))
    assert posts in RHYTHMS, finding.suggestion
    newsletter = strategy.channels["newsletter"].model_copy(update={"posts_per_week": posts})
    channels = {**strategy.channels, "newsletter": newsletter}
    fixed = strategy.model_copy(update={"channels": channels}).with_people(strategy.people)
    again = check_plan(fixed, schedule_work(fixed))
    assert not [f for f in again if f.channel == "newsletter" and f.code == "thin"]
