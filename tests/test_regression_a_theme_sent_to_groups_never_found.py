"""A canal trust's talk about volunteering in retirement went to "one of the groups you
joined", in a plan that never looked for groups: its volunteers' goal named only the town's
noticeboard and a walkers' group listing other themes, while the trust's own list held a
volunteers' group open to any theme (r445).

Where none of the goal's groups hears a theme, it goes to another of the channel's groups
that does.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make

GROUPS = {"facebook-group": [
    "Stallbridge Community Noticeboard",
    {"name": "Foxcote Valley Walkers", "topics": ["Towpath walks"]},
    "Canal Restoration Volunteers UK",
]}  # fmt: skip
GOALS = [
    {"id": "volunteers", "text": "Find volunteers", "where": ["Stallbridge Community Noticeboard",
                                                               "Foxcote Valley Walkers"]},
    {"id": "appeal", "text": "Raise money", "where": ["Canal Restoration Volunteers UK"]},
]  # fmt: skip
TOPICS = [
    {"title": "Volunteering in retirement", "kind": "theme", "goals": ["volunteers"]},
    {"title": "Towpath walks", "kind": "theme", "goals": ["volunteers"]},
]


def test_a_theme_no_group_of_its_goal_hears_goes_to_one_that_does() -> None:
    channel = {"hours_per_week": 2, "goals": ["volunteers"]}
    strategy = make(language="en", start=date(2027, 1, 11), months=3, goals=GOALS,
                    topics=TOPICS, groups=GROUPS, channels={"facebook-group": channel})  # fmt: skip
    theme = "Volunteering in retirement"
    work = [e for e in build(strategy).entries
            if e.topic == theme and e.move in ("comment", "group-ask")]  # fmt: skip
    assert work
    assert {e.group for e in work} == {"Canal Restoration Volunteers UK"}
