"""Regression: „Eltern in Hollbeck“ got no work at all, the town's noticeboard all of it (r434).

A child-protection branch's goal named a parents' group and „Hollbeck sucht und findet“. The
parents' group is named after one of the team's own topics (the parents' café), so for every
other theme it came after the noticeboard; the noticeboard was then chosen, and there the theme
was dropped: 37 entries went to the noticeboard on no topic, none to the parents. Theme work
leaves noticeboards out before the groups are ordered by topic.
"""

from __future__ import annotations

from dialogplan.schedule import schedule
from tests.test_threads import make

PARENTS, BOARD = "Eltern in Hollbeck", "Hollbeck sucht und findet"
GOALS = [{"id": "eltern", "text": "Eltern erreichen", "who": "Eltern kleiner Kinder",
          "where": [f"die Facebook-Gruppe {PARENTS}", BOARD]}]  # fmt: skip
TOPICS = [
    {"title": "Das Elterncafé am Donnerstag", "kind": "own", "goals": ["eltern"]},
    {"title": "Wutanfälle und Grenzen setzen", "kind": "theme", "goals": ["eltern"]},
    {"title": "Medienzeit in der Familie", "kind": "theme", "goals": ["eltern"]},
]


def test_the_parents_group_hears_the_themes() -> None:
    strategy = make(goals=GOALS, topics=TOPICS, channels={"facebook-group": {}},
                    groups={"facebook-group": [PARENTS, BOARD]}, months=3)  # fmt: skip
    entries = [e for e in schedule(strategy) if e.group]
    themes = {e.topic for e in entries if e.group == PARENTS and e.move == "group-ask"}
    assert {"Wutanfälle und Grenzen setzen", "Medienzeit in der Familie"} <= themes
    assert not [e for e in entries if e.group == BOARD and e.topic]
