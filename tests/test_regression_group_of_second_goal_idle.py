"""A tax office's group for business owners got no work, and check's advice went in a circle.

Two goals on LinkedIn each named a group. Goals took turns by the channel's work in all, and
the goal for founders took every turn in the groups, since the goal for business owners had
just taken the own posts. check then said to name the idle group in a goal's where, which
the goal already did. Goals that name groups now take turns at the group work itself, and
an idle group that a goal names gets advice about time instead.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.support import ROOT, load_plan
from tests.test_threads import make

GOALS = [
    {"id": "mandanten", "text": "Mandanten",
     "where": ["die LinkedIn-Gruppe Unternehmer im Münsterland"]},
    {"id": "gruender", "text": "Gründer",
     "where": ["die Gruppe Gründen im Münsterland auf LinkedIn"]},
    {"id": "sichtbar", "text": "Sichtbar"},
]  # fmt: skip
GROUPS = {"linkedin": ["Unternehmer im Münsterland", "Gründen im Münsterland"]}


def test_every_goal_that_names_a_group_works_in_it() -> None:
    strategy = load_plan(ROOT / "tests/strategies/kanzlei-voss.yaml")
    worked = {(e.goal, e.group) for e in schedule_work(strategy) if e.group}
    assert ("mandanten", "Unternehmer im Münsterland") in worked
    assert ("gruender", "Gründen im Münsterland") in worked


def test_an_idle_group_a_goal_names_gets_advice_about_time() -> None:
    strategy = make(goals=GOALS, groups=GROUPS)
    (found,) = [f for f in check_plan(strategy, ()) if "Unternehmer" in f.message]
    assert found.message.endswith("though a goal names it")
    assert "Name it in the where" not in found.suggestion
