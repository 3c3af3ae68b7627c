"""A channel serving two goals worked mostly for one, because the other channels served it.

A tutoring institute's Facebook groups served parents and student tutors; Instagram and the
newsletter served only parents. Goals took turns across the whole plan, so the groups made up
for the other channels: the students' group had 26 entries, the two parents' groups 11. Each
channel's goals now take turns on it first.
"""

from __future__ import annotations

from collections import Counter

from dialogplan.schedule import schedule
from tests.test_threads import make

GOALS = [
    {"id": "eltern", "text": "Probestunden", "where": ["die Facebook-Gruppe Eltern in Kiel"]},
    {"id": "tutoren", "text": "Tutoren", "where": ["die Facebook-Gruppe Studenten in Kiel"]},
]
CHANNELS = {
    "instagram": {"hours_per_week": 1.5, "goals": ["eltern"]},
    "facebook-group": {"hours_per_week": 1.5},
}


def test_a_channel_works_for_each_of_its_goals_in_turn() -> None:
    strategy = make(goals=GOALS, channels=CHANNELS, hours_per_week=3, months=3,
                    groups={"facebook-group": ["Eltern in Kiel", "Studenten in Kiel"]})  # fmt: skip
    goals = Counter(e.goal for e in schedule(strategy) if e.channel == "facebook-group")
    assert min(goals.values()) >= 0.75 * max(goals.values()), goals
