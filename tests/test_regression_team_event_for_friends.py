"""An escape room's Instagram, for groups of friends, invited them to a team-building taster.

The taster afternoon is what the team-days goal invites to; it lists two themes, teamwork
and planning a team day, which serve every goal. Those themes made it an event for everyone,
so prompts for friends planning a Saturday night pointed them to an afternoon for HR
managers. A goal that invites to an event now says whose it is; a theme for every goal
does not widen that.
"""

from __future__ import annotations

from datetime import date

from tests.test_threads import make

TASTER = "Team-building taster afternoon"


def test_an_event_a_goal_invites_to_is_for_that_goal_s_people() -> None:
    strategy = make(
        language="en",
        goals=[
            {"id": "team-days", "text": "Team days", "invite": TASTER},
            {"id": "friends", "text": "Friends come back"},
        ],
        topics=[{"title": "Teamwork under a ticking clock", "kind": "theme"}],
        events=[{"title": TASTER, "date": date(2027, 4, 22),
                 "topics": ["Teamwork under a ticking clock"]}],
    )  # fmt: skip
    assert strategy.goals_of_event(strategy.events[0]) == {"team-days"}


def test_an_event_no_goal_invites_to_is_for_its_topics_people() -> None:
    strategy = make(
        language="en",
        goals=[{"id": "team-days", "text": "Team days"}, {"id": "friends", "text": "Friends"}],
        topics=[{"title": "Teamwork", "kind": "theme", "goals": ["friends"]}],
        events=[{"title": TASTER, "date": date(2027, 4, 22), "topics": ["Teamwork"]}],
    )
    assert strategy.goals_of_event(strategy.events[0]) == {"friends"}
