"""What the prompts of every example and review strategy must live up to, measured.

The thresholds come from the issue that rebuilt the prompts: no platform rules on moves that
publish nothing, at most one prompt in ten repeating (strategy strings and numbers masked)
on its channel within four weeks, the audience or a goal sentence pasted into at most a
quarter of the prompts, every event inside the horizon announced, and every link carried.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogplan.announcements import event_windows
from dialogplan.places import channel_places
from dialogplan.prompt_stats import prompt_stats
from dialogplan.strategy import Strategy
from tests.support import PLANS, ROOT, build, load_plan

REVIEW = sorted((ROOT / "tests" / "strategies").glob("*.yaml"))
ALL = PLANS + REVIEW


@pytest.fixture(
    params=ALL, ids=[p.stem if p.parent.name == "strategies" else p.parent.name for p in ALL]
)
def strategy(request: pytest.FixtureRequest) -> Strategy:
    path: Path = request.param
    return load_plan(path)


def test_prompts_meet_the_thresholds(strategy: Strategy) -> None:
    stats = prompt_stats(strategy, build(strategy).entries)
    assert stats.rules_on_silent_moves == 0
    assert stats.repeat_share <= 0.10
    assert stats.pasted_share <= 0.25
    assert stats.who_share <= 0.10
    assert stats.urls_carried_share == 1.0


def test_every_event_is_announced_twice_or_the_plan_says_why(strategy: Strategy) -> None:
    outputs = build(strategy)
    stats = prompt_stats(strategy, outputs.entries)
    flagged = {f.message.split("'")[1] for f in outputs.findings if f.code == "unannounced"}
    for window in event_windows(strategy):
        invited = stats.event_invitations.get(window.title, 0)
        assert invited >= window.needed or window.title in flagged


def test_moves_happen_where_they_can(strategy: Strategy) -> None:
    """No congratulation without visible news, no meeting where it does not fit."""
    for entry in build(strategy).entries:
        places = channel_places(entry.channel)
        assert entry.move != "congratulate" or places.news
        assert entry.move != "meet" or places.offline
        if entry.move != "review":
            assert entry.place in places.places
