"""An invitation to the makers' evening carried the hashtags of the goal to fill desks.

A co-working space has two goals: desks for freelancers (#leedsfreelancers) and a crowd for
its show-and-tell evening (#leedsmakers), which that goal invites to. The first announcement
of the evening was planned for whichever goal's turn it was, and carried the freelancers'
hashtags. An announcement now belongs to the goal that invites to it, else to the goals its
topics name.
"""

from __future__ import annotations

from datetime import date

from dialogplan.schedule import schedule
from tests.test_threads import make

GOALS = [
    {"id": "desks", "text": "Fill desks", "where": ["#leedsfreelancers"]},
    {"id": "makers", "text": "A crowd for our evenings", "where": ["#leedsmakers"],
     "invite": "Show-and-tell, March"},
    {"id": "talks", "text": "Speakers"},
]  # fmt: skip
TOPICS = ["Our evenings", {"title": "Side projects", "goals": ["talks"]}]
EVENTS = [
    {"title": "Show-and-tell, March", "date": date(2027, 3, 26), "time": "18:00"},
    {"title": "Show-and-tell, April", "date": date(2027, 4, 30), "time": "18:00",
     "topics": ["Side projects"]},
]  # fmt: skip


def test_an_announcement_belongs_to_the_goal_it_invites_for() -> None:
    strategy = make(language="en", goals=GOALS, topics=TOPICS, events=EVENTS, months=3)
    announced = {(e.announce, e.goal) for e in schedule(strategy) if e.move == "announce"}
    assert {title for title, _ in announced} == {e["title"] for e in EVENTS}
    assert announced == {("Show-and-tell, March", "makers"), ("Show-and-tell, April", "talks")}
