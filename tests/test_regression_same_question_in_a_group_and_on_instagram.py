"""One question in the town's group and on Instagram on the same day.

A bowling club's reviewer (r396) found its question to the town's Facebook group asked on its
Instagram the same morning. The people of a small town read both: a question posted to a
group rests on the team's own channels as long as one posted there does.
"""

from __future__ import annotations

from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = ["Mit wem würdet ihr am liebsten kegeln?", "Was war euer lustigster Kegelabend?"]
GROUP = "Ebersfelden – Unser Ort"


def test_an_own_post_does_not_repeat_the_groups_question_of_the_day() -> None:
    topic = {"title": "Kegelabend", "kind": "theme", "questions": QUESTIONS}
    strategy = make(topics=[topic], channels={"facebook": {}, "instagram": {}},
                    groups={"facebook": [GROUP]})  # fmt: skip
    rows = [
        {"channel": "facebook", "move": "group-ask", "start": "2027-05-03 07:00",
         "topic": "", "group": GROUP},
        {"channel": "instagram", "move": "ask", "start": "2027-05-03 18:00",
         "topic": "Kegelabend", "seq": 2},
    ]  # fmt: skip
    asked = questions_in_turn(strategy, entries(strategy, rows))
    assert asked[0] in QUESTIONS
    assert asked[1] in QUESTIONS
    assert asked[1] != asked[0]
