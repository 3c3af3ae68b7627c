"""A club volunteers' group was asked which walk round here its members would show a newcomer
(r602): its goal's own topics had one question for them, put to the group a week before, and
the next question on no topic had nothing left to ask. A group question goes without a topic
only while one of those questions is left; after that it takes one of the themes.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from dialogplan.schedule import schedule_work
from dialogplan.team_material import QUESTION_REST_DAYS
from tests.test_threads import make

GROUP = "Cardiff Club Volunteers"


def test_a_goal_s_one_question_carries_one_untopical_group_question_at_a_time() -> None:
    goals = [{"id": "secretaries", "text": "Reach club secretaries", "where": [GROUP],
              "who": "volunteer secretaries of small sports clubs"}]  # fmt: skip
    topics = [
        {"title": "Courtside, our booking system", "goals": ["secretaries"],
         "questions": ["How do your members book a court today?"]},
        {"title": "Committee burnout", "kind": "theme",
         "questions": ["When did you realise you were doing too much for the club?",
                       "What made you say yes to joining the committee?"]},
    ]  # fmt: skip
    strategy = make(language="en", goals=goals, topics=topics, area="Cardiff",
                    channels={"facebook-group": {"hours_per_week": 2}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    asks = [e for e in schedule_work(strategy) if e.move == "group-ask"]
    untopical = [e.start.date() for e in asks if not e.topic]
    assert len(asks) > len(untopical) > 0, [(e.start.date(), e.topic) for e in asks]
    rest = timedelta(days=QUESTION_REST_DAYS)
    assert all(b - a > rest for a, b in pairwise(untopical)), untopical
