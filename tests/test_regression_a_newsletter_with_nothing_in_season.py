"""A garden centre's newsletter wrote in March "about the most useful thing you learned this
month" for its café's goal, whose one topic, the winter soups, was out of season (r604). An
own post whose goal has no topic left in season takes one of the channel's other goals.
"""

from __future__ import annotations

from datetime import date

from dialogplan.schedule import schedule_work
from tests.test_threads import make

OWN_POSTS = ("ask", "story", "article")


def test_an_own_post_takes_another_goal_s_topic_out_of_its_own_season() -> None:
    goals = [{"id": "cafe", "text": "Fill the café on weekday mornings"},
             {"id": "advice", "text": "Be the place gardeners ask first"}]  # fmt: skip
    topics = [
        {"title": "Winter soups in the café", "kind": "own", "months": [1, 2], "goals": ["cafe"]},
        {"title": "Slugs without pellets", "kind": "theme", "goals": ["advice"]},
    ]
    strategy = make(language="en", goals=goals, topics=topics, start=date(2027, 1, 4), months=4,
                    channels={"facebook": {"hours_per_week": 2}})  # fmt: skip
    late = [
        e
        for e in schedule_work(strategy)
        if e.goal == "cafe" and e.move in OWN_POSTS and e.start.date() >= date(2027, 3, 1)
    ]
    assert late
    assert all(e.topic == "Slugs without pellets" for e in late), [(e.move, e.topic) for e in late]
