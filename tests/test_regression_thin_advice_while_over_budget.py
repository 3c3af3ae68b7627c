"""A joinery's plan over budget told each thin channel to take 38 more minutes on its own.

Its channels together need more than its three hours a week; `unsustainable` says which to
drop. Each `thin` finding still tried and offered more minutes for its own channel, five
suggestions that could not all be followed, and each raised the total hours differently.
While the budget cannot keep every channel alive, a thin channel points to that finding.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_thin_channel_points_to_the_budget_while_it_is_short() -> None:
    channels = {name: {} for name in ("linkedin", "instagram", "facebook", "blog", "xing")}
    strategy = make(hours_per_week=2, channels=channels)
    findings = check_plan(strategy, schedule_work(strategy))
    assert [f for f in findings if f.code == "unsustainable"]
    thin = [f for f in findings if f.code == "thin"]
    assert thin
    assert all("see unsustainable" in f.suggestion for f in thin), thin
