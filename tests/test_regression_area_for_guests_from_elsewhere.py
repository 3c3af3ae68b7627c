"""A lakeside campsite was told to look for its Berlin guests among accounts from Lindow first.

„Konten aus Lindow (Mark) und Umgebung zuerst“ stood next to „Ihr sucht Familien aus Berlin
und Brandenburg“: the strategy's area is where its neighbours live, not its guests. A goal
whose ``who`` names where its people come from now sends nobody to the area first.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "gaeste", "text": "Sommergäste", "who": "Familien aus Berlin und Brandenburg"},
    # A motive is no place: „aus Leidenschaft“ keeps the area.
    {"id": "nachbarn", "text": "Nachbarschaft", "who": "Nachbarn, die aus Leidenschaft paddeln"},
]


def test_the_area_is_for_goals_whose_people_live_there() -> None:
    strategy = make(goals=GOALS, area="Lindow (Mark)", channels={"instagram": {"goals": ["gaeste"]},
                    "facebook": {"goals": ["nachbarn"]}})  # fmt: skip
    rows = [
        {"channel": "instagram", "move": "connect", "start": "2027-04-05 11:00", "topic": ""},
        {
            "channel": "facebook",
            "move": "comment",
            "start": "2027-04-05 12:00",
            "topic": "",
            "goal": "nachbarn",
        },
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["area"] == ""
    assert facts(1)["area"] == "Lindow (Mark)"
