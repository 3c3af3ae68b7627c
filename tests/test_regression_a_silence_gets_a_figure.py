"""An amateur radio club's writer read "Mastodon stays silent for 5 days … → give it more time
or other days and windows" four times, with no figure and no cause, unlike every other
suggestion (r349). A silence gets the fewest more minutes a week that end the channel's
silences, tried on a copy of the plan, in full once; each later silence points back to it.
"""

from __future__ import annotations

import re

from dialogplan.findings import Finding, Severity
from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from dialogplan.trials import with_more_minutes
from tests.support import ROOT, load_plan

WORKSHOP = ROOT / "plans" / "tischlerei-falk" / "strategy.yaml"
MINUTES = re.compile(
    r"^Give .+? (?P<extra>\d+) more minutes a week "
    r"\((?:the [\d.]+ hours it now gets from what is left over → )?"
    r"channels\.(?P<channel>[\w-]+)\."
)


def _silences(strategy: Strategy) -> list[Finding]:
    findings = check_plan(strategy, schedule_work(strategy))
    return [f for f in findings if f.code == "gap" and f.severity is Severity.ERROR]


def test_a_silence_names_the_minutes_that_end_it() -> None:
    strategy = load_plan(WORKSHOP)
    silences = _silences(strategy)
    assert silences
    fixes = [m for f in silences if (m := MINUTES.match(f.suggestion))]
    assert fixes, [f.suggestion for f in silences]
    for fix in fixes:
        channel, extra = fix.group("channel"), int(fix.group("extra"))
        trial = with_more_minutes(strategy, [channel], extra)
        assert not [f for f in _silences(trial) if f.channel == channel]
    assert not [f for f in silences if "give it more time" in f.suggestion]
