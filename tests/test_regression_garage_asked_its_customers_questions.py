"""A garage's comments under other people's posts asked „Darf eine freie Werkstatt überhaupt
an ein Elektroauto ran?“ and „Die Motorkontrollleuchte ist an – kann ich noch weiterfahren?“.

Both are questions customers ask the garage; asked by it, in a group, it looked as if it did
not know (a blind reviewer called two such prompts impossible). A comment now asks only a
question that addresses the person it answers, and questions of what is allowed, how long
something lasts, and the asker's own case after a dash are asked of the team.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team
from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

CUSTOMERS = [
    "Darf eine freie Werkstatt überhaupt an ein Elektroauto ran?",
    "Die Motorkontrollleuchte ist an – kann ich noch weiterfahren?",
    "Wie alt dürfen Reifen sein, auch wenn das Profil noch gut aussieht?",
]
THEIRS = "Welches Geräusch an {deinem|Ihrem} Auto hat {dich|Sie} schon mal erschreckt?"


@pytest.mark.parametrize("question", CUSTOMERS)
def test_customers_questions_are_asked_of_the_team(question: str) -> None:
    assert asks_the_team(question, "de")


def test_a_comment_asks_only_a_question_to_the_person() -> None:
    unknown = "Was kostet eine Inspektion in einer freien Werkstatt?"
    topic = {"title": "Warnleuchten", "kind": "theme", "questions": [unknown, THEIRS]}
    strategy = make(topics=[topic], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "comment", "topic": "Warnleuchten", "seq": n,
             "start": f"2027-03-{1 + 7 * n:02d} 18:00"} for n in range(2)]  # fmt: skip
    asked = questions_in_turn(strategy, entries(strategy, rows))
    assert unknown not in asked and THEIRS in asked
