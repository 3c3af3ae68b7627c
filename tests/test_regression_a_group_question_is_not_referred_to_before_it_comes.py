"""A pet sitters' group post said „Erzähl kurz, was ihr bei dieser Frage oft hört, und frag
dann: …“: „dieser Frage“ pointed at a question not yet given (r255). A group question on no
topic now comes first, and what the team often hears follows it.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Wie viele Hunde würdest du einer Gassigeherin auf einmal anvertrauen?"
GROUP = "Hundefreunde Lüneburg"


def test_no_step_points_at_a_question_still_to_come() -> None:
    topic = {"title": "Gassi in der Gruppe", "kind": "own", "questions": [QUESTION],
             "goals": ["netz"]}  # fmt: skip
    strategy = make(topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": f"2027-0{month}-10 19:00",
         "goal": "netz", "group": GROUP, "seq": seq, "topic": ""}
        for seq, month in enumerate(range(3, 9))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if QUESTION in p]
    assert not [p for p in prompts if "bei dieser Frage" in p], prompts
