"""A men's shed listened for posts about men's health, thanked a member for a post about
loneliness after retirement and asked about it in the „Kettlesford Community Noticeboard“,
where people post lost cats and hedge trimmers for sale (r259). A noticeboard hears no theme:
themes go to the other groups, and help on a noticeboard answers whatever its members ask.
"""

from __future__ import annotations

from dialogplan.names import noticeboard
from dialogplan.schedule import schedule
from tests.test_threads import make

BOARD = "Kettlesford Community Noticeboard"
CLUB = "Kettlesford & District Over-55s"
GOALS = [
    {"id": "members", "text": "More men visit the Shed", "who": "retired men in Kettlesford",
     "where": [f"the {BOARD} group on Facebook", f"the {CLUB} group on Facebook"]},
]  # fmt: skip
TOPICS = [
    {"title": "Loneliness after retirement", "kind": "theme",
     "questions": ["What did you miss most in the first months after you stopped working?"]},
    {"title": "Men's health", "kind": "theme",
     "questions": ["Who was the first person you told when something was bothering you?"]},
]  # fmt: skip


def test_theme_work_stays_off_the_noticeboard() -> None:
    strategy = make(
        language="en", goals=GOALS, topics=TOPICS, channels={"facebook-group": {}},
        groups={"facebook-group": [BOARD, CLUB]}, months=3,
    )  # fmt: skip
    entries = [e for e in schedule(strategy) if e.group]
    assert [e for e in entries if e.group == CLUB and e.topic]
    assert not [e for e in entries if e.group == BOARD and e.topic], [
        (e.move, e.topic) for e in entries if e.group == BOARD
    ]


def test_a_noticeboard_is_known_by_its_name() -> None:
    assert noticeboard("Kettlesford Community Noticeboard")
    assert noticeboard("Lüneburg sucht und findet")
    assert noticeboard("Schwarzes Brett Eimsbüttel")
    assert not noticeboard("Kettlesford & District Over-55s")
    assert not noticeboard("Hunde in Lüneburg")
