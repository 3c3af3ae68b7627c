"""Group work took topics nobody in that group talks about.

A co-working space was sent to find questions about lunch spots in a LinkedIn group of
freelancers, and a florist's parents' group, named by the goal of finding an apprentice,
heard more about vase care than about choosing a career. In others' conversations on a
platform where people talk about work, a topic of taste now has no place; in a goal's own
groups, the topics meant for that goal get the most turns.
"""

from __future__ import annotations

from collections import Counter

from dialogplan.schedule import schedule
from tests.test_threads import make

GOALS = [
    {"id": "desks", "text": "Fill desks", "where": ["the LinkedIn group Leeds Freelancers"]},
    {"id": "makers", "text": "Makers for our evenings"},
]
TOPICS = [
    {"title": "Lunch spots near the station", "kind": "theme", "talk": "taste"},
    {"title": "Working from home", "kind": "theme"},
    {"title": "Finding clients", "kind": "theme", "goals": ["desks"]},
    {"title": "Side projects", "kind": "theme", "goals": ["makers"]},
]


def test_group_work_keeps_to_topics_its_group_talks_about() -> None:
    strategy = make(language="en", area="Leeds", goals=GOALS, topics=TOPICS, months=3,
                    channels={"linkedin": {"goals": ["desks", "makers"]}},
                    groups={"linkedin": ["Leeds Freelancers"]})  # fmt: skip
    calendar = schedule(strategy)
    own = {"ask", "story", "article", "reply"}  # own posts, and the rounds that follow them
    talk = [e for e in calendar if e.move not in own]
    assert talk and not [e for e in talk if e.topic == "Lunch spots near the station"]
    in_group = Counter(e.topic for e in calendar if e.group == "Leeds Freelancers")
    assert in_group.most_common(1)[0][0] == "Finding clients", in_group
