"""A riding school's group for its livery goal never got work, and the check said to give
the channel more minutes, which changed nothing even at double the hours: the goal's only
themes were listed by another group, which takes them, and the group lists none.

The finding now names the themes and the group that takes them.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_group_whose_goal_s_themes_go_elsewhere_is_told_so() -> None:
    strategy = make(
        goals=[
            {"id": "einsteller", "text": "Einsteller gewinnen",
             "where": ["die Facebook-Gruppe Pferdemarkt Rotenburg",
                       "die Facebook-Gruppe Reiten im Landkreis"]},
            {"id": "reiter", "text": "Reitschüler gewinnen",
             "where": ["die Facebook-Gruppe Reiten im Landkreis"]},
        ],
        topics=[
            {"title": "Offenstall oder Box?", "kind": "theme", "goals": ["einsteller"]},
            {"title": "Wieder aufs Pferd", "kind": "theme", "goals": ["reiter"]},
        ],
        channels={"facebook-group": {}, "instagram": {}},
        groups={"facebook-group": [
            "Pferdemarkt Rotenburg",
            {"name": "Reiten im Landkreis",
             "topics": ["Offenstall oder Box?", "Wieder aufs Pferd"]},
        ]},
    )  # fmt: skip
    findings = check_plan(strategy, schedule_work(strategy))
    idle = [f for f in findings if f.code == "unused-place" and f.channel == "facebook-group"]
    assert len(idle) == 1
    assert "'Offenstall oder Box?' to 'Reiten im Landkreis'" in idle[0].message
    assert "more minutes" not in idle[0].suggestion
