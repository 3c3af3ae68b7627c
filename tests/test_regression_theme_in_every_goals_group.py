"""A theme for pupils' parents was worked in the students' group, and nothing said why.

A tutoring institute keeps „Eltern in Kiel“ for its parents' goal and „Studenten in Kiel“
for its tutors' goal. Its theme „Vokabeln lernen“ named no goal, so it went with every goal,
into the students' group too, where nobody asks about pupils' vocabulary: two prompts there
could not be done. Only the team knows whose theme it is; ``check`` now says which themes go
into groups kept for different goals' people, and naming the goals keeps them out.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from tests.test_threads import make

GOALS = [
    {"id": "eltern", "text": "Probestunden", "where": ["die Facebook-Gruppe Eltern in Kiel"]},
    {"id": "tutoren", "text": "Tutoren", "where": ["die Facebook-Gruppe Studenten in Kiel"]},
]
GROUPS = {"facebook-group": ["Eltern in Kiel", "Studenten in Kiel"]}


def _strategy(goals: list[str]) -> Strategy:
    topics = [
        {"title": "Vokabeln lernen", "kind": "theme", "goals": goals},
        {"title": "Nebenjob im Studium", "kind": "theme", "goals": ["tutoren"]},
        {"title": "Mathe-Frust", "kind": "theme", "goals": ["eltern"]},
    ]
    return make(goals=GOALS, topics=topics, groups=GROUPS, channels={"facebook-group": {}})


def test_a_theme_for_no_goal_in_goal_kept_groups_is_noted_and_naming_goals_keeps_it_out() -> None:
    loose = _strategy([])
    found = [
        f.message
        for f in check_plan(loose, schedule_work(loose))
        if f.code == "theme-in-every-group"
    ]
    assert [m for m in found if "'Vokabeln lernen'" in m], found
    named = _strategy(["eltern"])
    work = schedule_work(named)
    assert not [f for f in check_plan(named, work) if "names no goal" in f.message]
    assert {e.group for e in work if e.topic == "Vokabeln lernen"} <= {"Eltern in Kiel", ""}
