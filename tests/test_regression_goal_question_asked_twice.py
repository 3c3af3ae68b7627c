"""An escape-room company asked the same contact its booking question twice in five weeks.

Fiona's note fitted the corporate goal's people, so every entry naming her carried the
goal's question: „Would your team book an afternoon with us?“ came back in a second
message weeks later. The question now goes to a person once, in the first entry that names
them.
"""

from __future__ import annotations

import dataclasses

from dialogplan.prompt_context import Contexts
from tests.test_prompt_context import entries, with_contacts
from tests.test_threads import make

GOALS = [{"id": "coaches", "text": "Find coaches", "who": "former college rowers in the area",
          "question": "Would you coach our juniors?"}]  # fmt: skip


def test_the_goal_s_question_goes_to_a_person_once() -> None:
    strategy = with_contacts(make(goals=GOALS))
    rows = [
        {"channel": "instagram", "move": move, "start": f"2027-03-{day:02d} 08:00", "topic": ""}
        for move, day in (("comment", 2), ("thank", 16), ("meet", 30))
    ]
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    facts = Contexts(strategy, named)
    fits = [facts(i)["person"]["fits"] for i in range(len(rows))]
    assert fits[0] is not None
    assert fits[1:] == [None, None]
