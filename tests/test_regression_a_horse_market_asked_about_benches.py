"""„Welche Bank hier im Ort ist euer Lieblingsplatz – und warum?“ to horse owners (r427).

A farrier's goal named „Pferde Uelzen sucht und findet“, where horse owners post what they
look for and offer, and the group was asked about the town's benches: a town's noticeboard
gets questions only people of the place can answer. A noticeboard named after what the
topics are about is a market of the team's own people, asked the goal's questions as any
group is; the town's own noticeboard still hears about the town.
"""

from __future__ import annotations

import pytest

from dialogplan.team_material import local_questions
from tests.test_prompt_context import contexts
from tests.test_threads import make

HOOVES = ["Wie lange dauert bei euch das Anweiden, bis die Pferde wieder ganztags rausdürfen?",
          "Merkst du im Frühjahr, dass dein Pferd auf Schotter fühliger wird?"]  # fmt: skip


def asked(board: str) -> set[str]:
    goals = [
        {
            "id": "vertrauen",
            "text": "Als Hufschmied bekannt werden",
            "who": "Pferdebesitzerinnen",
            "where": [f"die Facebook-Gruppe {board}"],
        }
    ]
    topics = [{"title": "Hufe im Frühjahr", "kind": "theme", "goals": ["vertrauen"],
               "questions": HOOVES}]  # fmt: skip
    strategy = make(
        goals=goals,
        topics=topics,
        area="Landkreis Uelzen",
        channels={"facebook-group": {}},
        groups={"facebook-group": [board]},
    )
    rows = [
        {
            "channel": "facebook-group",
            "move": "group-ask",
            "topic": "",
            "group": board,
            "goal": "vertrauen",
            "start": f"2027-0{month}-10 19:00",
        }
        for month in (3, 5)
    ]
    facts = contexts(strategy, rows)
    return {facts(i)["question"] for i in range(len(rows))}  # fmt: skip


def test_a_noticeboard_named_after_the_subject_hears_the_goals_questions() -> None:
    questions = asked("Pferde Uelzen sucht und findet")
    assert questions & set(HOOVES)
    assert not questions & set(local_questions("de"))


@pytest.mark.parametrize("board", ["Uelzen sucht und findet", "Schwarzes Brett Uelzen"])
def test_the_towns_noticeboard_still_hears_about_the_town(board: str) -> None:
    assert asked(board) <= set(local_questions("de"))
