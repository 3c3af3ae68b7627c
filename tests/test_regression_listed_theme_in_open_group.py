"""A record shop's question on first pressings went to the gig guide, not the collectors.

The collectors' group listed the theme; the gig guide listed none, so it was open to every
theme, and the goal whose group it was took the theme there. A theme that a group of the
channel lists now goes to the groups that list it.
"""

from __future__ import annotations

from dialogplan.schedule import schedule_work
from tests.test_threads import make

GOALS = [
    {"id": "regulars", "text": "Regulars", "where": ["the Facebook group Sheffield Gig Guide"]},
    {"id": "collections", "text": "Collections",
     "where": ["the Facebook group Sheffield Vinyl Collectors"]},
]  # fmt: skip
TOPICS = [
    {"title": "First pressing or reissue", "kind": "theme"},
    {"title": "Gigs this month", "kind": "theme"},
]
GROUPS = {"facebook-group": [
    "Sheffield Gig Guide",
    {"name": "Sheffield Vinyl Collectors", "topics": ["First pressing or reissue"]},
]}  # fmt: skip


def test_a_listed_theme_goes_only_to_the_groups_that_list_it() -> None:
    strategy = make(language="en", goals=GOALS, topics=TOPICS, groups=GROUPS,
                    channels={"facebook-group": {"hours_per_week": 2}})  # fmt: skip
    worked = {(e.group, e.topic) for e in schedule_work(strategy) if e.group and e.topic}
    assert ("Sheffield Vinyl Collectors", "First pressing or reissue") in worked
    assert ("Sheffield Gig Guide", "First pressing or reissue") not in worked
    assert ("Sheffield Gig Guide", "Gigs this month") in worked
