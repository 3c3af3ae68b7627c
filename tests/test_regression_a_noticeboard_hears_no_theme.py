"""A men's shed listened for posts about men's health, thanked a member for a post about
loneliness after retirement and asked about it in the „Kettlesford Community Noticeboard“,
where people post lost cats and hedge trimmers for sale (r259). A noticeboard hears no theme:
themes go to the other groups, and help on a noticeboard answers whatever its members ask.
"""

from __future__ import annotations

from dialogplan.names import noticeboard
from dialogplan.schedule import schedule
from dialogplan.team_material import local_questions
from tests.test_prompt_context import contexts
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
    assert not noticeboard("Naturschutzgebiete Hessen")  # no „biete“ inside a word


def test_a_noticeboard_is_asked_only_about_the_place() -> None:
    """A GP practice's patients' goal named only „Ehrenbach sucht und findet“, and the group
    was asked about the e-prescription; a gliding club's neighbours' group likewise."""
    local = "Where do men round here go for company once the job is gone?"
    topics = [{"title": "Loneliness after retirement", "kind": "theme", "goals": ["members"],
               "questions": [TOPICS[0]["questions"][0], local]}]  # fmt: skip
    goals = [{**GOALS[0], "where": [f"the {BOARD} group on Facebook"]}]
    strategy = make(language="en", goals=goals, topics=topics, channels={"facebook-group": {}},
                    groups={"facebook-group": [BOARD]}, months=3)  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "topic": "", "group": BOARD,
         "goal": "members", "start": f"2027-0{month}-10 19:00"}
        for month in range(3, 6)
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    asked = {facts(i)["question"] for i in range(len(rows))}
    assert local in asked
    assert asked <= {local, *local_questions("en")}
