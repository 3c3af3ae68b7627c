"""An energy cooperative's group got no work, and the check said to name it in a goal's
`where`, which the goal already did: the goal was not among the group channel's goals.

The finding now says so and gives the channel's goals with that one added.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_an_idle_group_of_a_goal_the_channel_does_not_serve() -> None:
    strategy = make(
        goals=[
            {
                "id": "sichtbar",
                "text": "Sichtbar werden",
                "where": ["die Facebook-Gruppe Lindach aktuell"],
            },
            {
                "id": "ehrenamt",
                "text": "Ehrenamtliche finden",
                "where": ["die Facebook-Gruppe Ehrenamt im Landkreis"],
            },
        ],
        channels={"facebook-group": {"goals": ["sichtbar"]}, "instagram": {}},
        groups={"facebook-group": ["Lindach aktuell", "Ehrenamt im Landkreis"]},
    )
    findings = check_plan(strategy, schedule_work(strategy))
    idle = [f for f in findings if f.code == "unused-place" and f.channel == "facebook-group"]
    assert [f.message for f in idle] == [
        (
            "The group 'Ehrenamt im Landkreis' never gets work on Facebook groups: goal "
            "'ehrenamt' names it, but Facebook groups does not serve that goal"
        )
    ]
    assert "channels.facebook-group.goals: [sichtbar, ehrenamt]" in idle[0].suggestion
