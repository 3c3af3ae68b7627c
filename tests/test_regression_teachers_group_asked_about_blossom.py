"""A cider farm's teachers' group was asked where its members had seen the finest apple blossom.

The group was named in the places of the goal for school visits, and that goal's own topic had
questions for teachers („Was braucht eine Klasse, damit ein Vormittag im Freien gut
gelingt?“). But the topic was the farm's own subject, which a question to a group never takes,
so the group's questions went to a theme for everyone. A question to a goal's own group now
asks one of its own topics' questions where no theme is meant for the goal.
"""

from __future__ import annotations

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
    assert asks
    assert not [e.prompt for e in asks if BLOSSOM in e.prompt]
    assert [e.prompt for e in asks if CLASS in e.prompt]
