"""A tutoring business's reply round said to add a comment under its post with "Which would
suit your child better, a weekday evening or Saturday morning slot?" – the offer's booking
question, asked in the open thread of a discussion. A reply round's next question is now one of
the topic's own, never an offer's or event's.
"""

from __future__ import annotations

from datetime import date

from dialogplan.team_material import questions_in_turn
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

SLOT = "Which would suit your child better, a weekday evening or Saturday morning slot?"
TOPIC = ["How do you revise for a maths exam?", "What helps with maths anxiety?"]


def test_a_reply_round_never_follows_up_with_a_booking_question() -> None:
    topics = [{"title": "Maths revision", "kind": "theme", "questions": TOPIC}]
    offers = [{"title": "GCSE tutoring", "question": SLOT, "topics": ["Maths revision"],
               "from": date(2027, 3, 1), "until": date(2027, 6, 30)}]  # fmt: skip
    strategy = make(language="en", topics=topics, offers=offers)
    rows = asked_and_followed("reply", 4, 7)
    asked = questions_in_turn(strategy, entries(strategy, rows))
    assert SLOT in asked[::2]  # own posts may still ask it
    assert SLOT not in asked[1::2]
