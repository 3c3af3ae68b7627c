"""A workshop's report flagged its newsletter "below minimum" while the check found nothing.

The table averaged the channel's minutes over every week, breaks and holidays included;
the check counts the weeks the channel is open. The table now flags exactly the channels
the check finds thin.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dialogplan.labels import channel_label
from dialogplan.strategy import Strategy
from tests.support import ROOT, build, load_plan
from tests.test_threads import make

EXAMPLES = sorted(ROOT.glob("plans/*/strategy.yaml"))


def _flagged_and_thin(strategy: Strategy) -> tuple[set[str], set[str]]:
    """The channels the report's table flags, and those the check finds thin, by label."""
    outputs = build(strategy)
    lines = outputs.files["report.md"].decode().splitlines()
    flagged = {line.split("|")[1].strip() for line in lines if "below minimum" in line}
    thin = {
        channel_label(f.channel, strategy.language) for f in outputs.findings if f.code == "thin"
    }
    return flagged, thin


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.parent.name for p in EXAMPLES])
def test_the_table_flags_what_the_check_finds_thin(path: Path) -> None:
    flagged, thin = _flagged_and_thin(load_plan(path))
    assert flagged == thin


def test_a_thin_channel_is_flagged() -> None:
    strategy = make(language="en", hours_per_week=1, channels={"linkedin": {}, "instagram": {}})
    flagged, thin = _flagged_and_thin(strategy)
    assert thin and flagged == thin


def test_a_break_does_not_flag_a_channel_kept_alive_around_it() -> None:
    """Four weeks off: about 16 minutes a week over the quarter, 20 in the weeks it is open."""
    strategy = make(
        language="en",
        hours_per_week=2,
        months=3,
        channels={"newsletter": {"hours_per_week": 0.5}, "linkedin": {"hours_per_week": 1.5}},
        blackout=[{"from": date(2027, 4, 5), "to": date(2027, 5, 2), "reason": "Holidays"}],
    )
    assert _flagged_and_thin(strategy) == (set(), set())
