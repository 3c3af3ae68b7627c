"""What the prompts of every example and review strategy must live up to, measured.

The thresholds come from the issue that rebuilt the prompts: no platform rules on moves that
publish nothing, at most one prompt in ten repeating (strategy strings and numbers masked)
on its channel within four weeks, the audience or a goal sentence pasted into at most a
quarter of the prompts, every event inside the horizon announced, and every link carried.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from dialogplan.announcements import event_windows
from dialogplan.pipeline import Outputs
from dialogplan.places import channel_places
from dialogplan.prompt_stats import prompt_stats
from dialogplan.strategy import Strategy
from tests.support import PLANS, ROOT, build, load_plan
from tests.test_regression_phrases_a_blind_reviewer_struck import STRUCK

REVIEW = sorted((ROOT / "tests" / "strategies").glob("*.yaml"))
ALL = PLANS + REVIEW
Planned = tuple[Strategy, Outputs]


@cache
def _planned(path: Path) -> Planned:
    strategy = load_plan(path)
    return strategy, build(strategy)


@pytest.fixture(
    params=ALL, ids=[p.stem if p.parent.name == "strategies" else p.parent.name for p in ALL]
)
def planned(request: pytest.FixtureRequest) -> Planned:
    """A strategy and its outputs, built once for every test here."""
    return _planned(request.param)


def test_prompts_meet_the_thresholds(planned: Planned) -> None:
    strategy, outputs = planned
    stats = prompt_stats(strategy, outputs.entries)
    assert stats.rules_on_silent_moves == 0
    assert stats.repeat_share <= 0.10
    assert stats.pasted_share <= 0.25
    assert stats.who_share <= 0.10
    assert stats.urls_carried_share == 1.0


def test_every_event_is_announced_twice_or_the_plan_says_why(planned: Planned) -> None:
    strategy, outputs = planned
    stats = prompt_stats(strategy, outputs.entries)
    flagged = {f.message.split("'")[1] for f in outputs.findings if f.code == "unannounced"}
    for window in event_windows(strategy):
        invited = stats.event_invitations.get(window.title, 0)
        assert invited >= window.needed or window.title in flagged


def test_moves_happen_where_they_can(planned: Planned) -> None:
    """No congratulation without visible news, no meeting where it does not fit."""
    for entry in planned[1].entries:
        places = channel_places(entry.channel)
        assert entry.move != "congratulate" or places.news
        assert entry.move != "meet" or places.offline
        if entry.move != "review":
            assert entry.place in places.places


def test_struck_phrases_stay_out_of_every_strategys_prompts(planned: Planned) -> None:
    """What blind reviewers struck stays out of the review strategies too, not only the examples.

    A local-news comment line a jazz club's reviewer struck ("how did it come about?") was
    still said to a recording studio's neighbours: the check had read the examples only.
    """
    text = "\n".join(entry.prompt for entry in planned[1].entries)
    assert not [pattern for pattern in STRUCK if re.search(pattern, text)]
