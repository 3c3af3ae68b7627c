"""A group was told "You've asked the question below here before, on Thursday 4 March".

A narrowboat firm's writer (r395) found a group's question pointed to answers from a day on
which the plan had only thanked one contact, by message. A thank-you or a reply that is a
contact's own asks that person, not the group: it is no earlier asking to go back to.
"""

from __future__ import annotations

import dataclasses

from dialogplan.team_material import asked_before, questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Narrowboat Holidays for Beginners"
QUESTIONS = ["Which canalside pub would you moor up at overnight?", "Who taught you locks?"]


def test_a_contacts_thank_you_is_no_earlier_asking() -> None:
    topic = {"title": "Short breaks", "kind": "theme", "questions": QUESTIONS}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}},
                    groups={"facebook": [GROUP]})  # fmt: skip
    rows = [
        {"channel": "facebook", "move": "group-ask", "start": "2027-03-02 19:00",
         "topic": "Short breaks", "group": GROUP},
        {"channel": "facebook", "move": "thank", "start": "2027-03-04 19:00",
         "topic": "Short breaks", "group": GROUP, "continues": 0},
        {"channel": "facebook", "move": "group-ask", "start": "2027-04-20 19:00",
         "topic": "Short breaks", "group": GROUP},
    ]  # fmt: skip
    built = list(entries(strategy, rows))
    built[1] = dataclasses.replace(built[1], contact_row=2)
    asked = questions_in_turn(strategy, built)
    assert asked[1] == asked[2] == QUESTIONS[1]
    assert asked_before(built, asked)[2] is None
