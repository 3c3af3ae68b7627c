"""A tax-help club's question about taxes in retirement went to „einer deiner Gruppen“ (r557):
its goal named the town's noticeboard and a commuters' group that lists its own themes. The
noticeboard was counted as hearing the theme, but work on a theme goes to the other groups,
and none of them heard it. Work in groups on a theme now goes to a group that hears it.
"""

from __future__ import annotations

from dialogplan.schedule import schedule_work
from tests.test_threads import make

GOAL = {
    "id": "mitglieder",
    "text": "Neue Mitglieder gewinnen",
    "where": ["die Facebook-Gruppe Wernsbach sucht und findet", "die Facebook-Gruppe Pendlernetz"],
}


def test_work_in_groups_on_a_theme_has_a_group() -> None:
    strategy = make(
        goals=[GOAL],
        topics=[
            {"title": "Pendlerpauschale", "kind": "theme"},
            {"title": "Steuern im Ruhestand", "kind": "theme"},
        ],
        channels={"facebook-group": {}, "instagram": {}},
        groups={
            "facebook-group": [
                "Wernsbach sucht und findet",
                {"name": "Pendlernetz", "topics": ["Pendlerpauschale"]},
            ]
        },
    )
    work = [e for e in schedule_work(strategy) if e.channel == "facebook-group" and e.topic]
    assert work
    assert all(e.group for e in work), [(e.move, e.topic) for e in work if not e.group]
