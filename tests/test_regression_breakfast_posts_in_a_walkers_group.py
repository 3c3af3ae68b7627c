"""A guesthouse was sent to find posts about its breakfast in a walkers' group.

The group was the place a goal about midweek walkers named, and the breakfast topic named no
goal, so it took turns there with the walking topics: "find two posts about the full
Cumbrian breakfast" in a group where members post routes. Work under members' posts in a
goal's own group now keeps to the topics that name that goal; a question of the team's own
may still be about anything.
"""

from __future__ import annotations

from dialogplan.assignment import FOUND_MOVES
from dialogplan.schedule import schedule
from tests.test_threads import make

GOALS = [
    {
        "id": "midweek",
        "text": "Fill midweek nights",
        "where": ["the Facebook group Lake Walks and Walkers"],
    },
]
TOPICS = [
    {"title": "Low fells for a wet day", "kind": "theme", "talk": "problem", "goals": ["midweek"]},
    {"title": "The Lakes out of season", "kind": "theme", "talk": "story", "goals": ["midweek"]},
    {"title": "The full Cumbrian breakfast", "kind": "theme", "talk": "taste"},
]


def test_members_posts_in_a_goals_group_are_on_its_topics() -> None:
    strategy = make(language="en", area="Keswick", goals=GOALS, topics=TOPICS, months=3,
                    channels={"facebook-group": {"hours_per_week": 2}},
                    groups={"facebook-group": ["Lake Walks and Walkers"]})  # fmt: skip
    found = [e for e in schedule(strategy) if e.move in FOUND_MOVES and e.group]
    assert found
    assert {e.topic for e in found} <= {"Low fells for a wet day", "The Lakes out of season"}
