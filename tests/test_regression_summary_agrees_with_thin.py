"""A midwifery practice's report listed its newsletter at 19 minutes a week beside a
minimum of 20, and the check found nothing thin.

The table averaged over every week of the plan, the check over the weeks the channel is
open; with a week of further training the two parted. Both now count the open weeks, so
a channel is below its minimum in the table exactly when the check says it is thin.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.strategy import Strategy
from tests.support import PLANS, build, load_plan
from tests.test_threads import make

TRAINING = {"from": date(2027, 4, 19), "to": date(2027, 4, 23), "reason": "Fortbildung"}


def _plans() -> list[Strategy]:
    thin_newsletter = make(
        hours_per_week=2.4,
        channels={"instagram": {"hours_per_week": 2}, "newsletter": {"hours_per_week": 0.4}},
        blackout=[TRAINING],
    )
    return [thin_newsletter, *(load_plan(path) for path in PLANS)]


@pytest.mark.parametrize("strategy", _plans(), ids=lambda s: s.client)
def test_the_table_and_the_thin_check_agree(strategy: Strategy) -> None:
    outputs = build(strategy)
    thin = {f.channel for f in outputs.findings if f.code == "thin"}
    for row in outputs.summary:
        minimum = strategy.channel(row.channel).min_minutes_per_week
        assert (row.minutes_per_week < minimum) == (row.channel in thin), row
