"""A dog groomer was told that 60 more minutes a week on its Facebook page would announce
its May puppy morning often enough; 15 did.

The trial counted only the announcements of the plan with more minutes, and took the own
posts that invite to the event from the plan as it was. More minutes bring more of those
posts too, and the plan counts them: a trial now counts invitations as the plan does.
"""

from __future__ import annotations

import re

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy, parse_strategy
from dialogplan.trials import MORE_MINUTES, with_more_minutes
from tests.support import ROOT

GROOMER = ROOT / "tests" / "strategies" / "tidy-paws.yaml"
MAY = "'Puppy intro morning, 1 May'"


def _advice(strategy: Strategy) -> str | None:
    """The suggestion of the May morning's ``unannounced`` finding, or None without one."""
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    return next(
        (f.suggestion for f in findings if f.code == "unannounced" and MAY in f.message), None
    )


def test_the_minutes_suggested_for_an_event_are_the_fewest_that_announce_it() -> None:
    # With an hour on its page, the plan has too few own posts to invite twice.
    text = GROOMER.read_text(encoding="utf-8").replace(
        "  facebook:\n    hours_per_week: 1.5", "  facebook:\n    hours_per_week: 1", 1
    )
    strategy = parse_strategy(text, str(GROOMER))
    advice = _advice(strategy)
    assert advice is not None
    found = re.match(r"Give (Facebook page|Instagram) (\d+) more minutes a week", advice)
    assert found, advice
    channel = {"Facebook page": "facebook", "Instagram": "instagram"}[found[1]]
    suggested = int(found[2])
    assert _advice(with_more_minutes(strategy, [channel], suggested)) is None
    for fewer in (m for m in MORE_MINUTES if m < suggested):
        assert _advice(with_more_minutes(strategy, [channel], fewer)) is not None
