"""A cider farm's teachers' group was asked where its members had seen the finest apple blossom.

The group was named in the places of the goal for school visits, and that goal's own topic had
questions for teachers („Was braucht eine Klasse, damit ein Vormittag im Freien gut
gelingt?“). But the topic was the farm's own subject, which a question to a group never takes,
so the group's questions went to a theme for everyone. A question to a goal's own group now
asks one of its own topics' questions where no theme is meant for the goal, while one of them is
left to ask.
"""

from __future__ import annotations

from datetime import timedelta

from dialogplan.team_material import QUESTION_REST_DAYS
from tests.support import build
from tests.test_threads import make

TEACHERS = "Lehrkräfte im Unterland"
CLASS = "Was braucht eine Klasse, damit ein Vormittag im Freien gut gelingt?"
BLOSSOM = "Wo hast du die schönste Apfelblüte gesehen?"


def test_a_goals_own_group_hears_its_own_questions() -> None:
    strategy = make(
        goals=[
            {"id": "kunden", "text": "Mehr Stammkundschaft"},
            {
                "id": "schulen",
                "text": "Schulklassen auf den Hof holen",
                "where": [f"die Facebook-Gruppe {TEACHERS}"],
            },
        ],
        topics=[
            {"title": "Apfelblüte", "kind": "theme", "questions": [BLOSSOM]},
            {"title": "Schulklassen auf der Wiese", "goals": ["schulen"], "questions": [CLASS]},
        ],
        channels={"facebook-group": {"goals": ["schulen"]}, "instagram": {}},
        groups={"facebook-group": [TEACHERS]},
        months=3,
    )
    asks = [e for e in build(strategy).entries if e.move == "group-ask" and e.group == TEACHERS]
    own = [e.start.date() for e in asks if CLASS in e.prompt]
    assert own
    # Only once the goal's own question has been put and rests does a theme for everyone
    # come in (r602: the next question on no topic had nothing left to ask).
    theirs = [e.start.date() for e in asks if BLOSSOM in e.prompt]
    rest = timedelta(days=QUESTION_REST_DAYS)
    assert all(any(timedelta(0) < day - o <= rest for o in own) for day in theirs), (own, theirs)
