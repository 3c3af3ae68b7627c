"""A dance school invited people by direct message to its taster evening three weeks after it.

The couples' goal invited to the free taster evening and to the spring courses, and its
question named the evening: „Hättet ihr Lust, beim Schnupperabend mitzutanzen?“. The
question was asked until the courses ended, long after the evening; a reviewer marked the
invitation impossible. A goal's question that names an event is not asked once the event
is over.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTION = "Hättet ihr Lust, beim Schnupperabend einfach mal mitzutanzen?"


def test_a_question_naming_a_past_event_rests() -> None:
    events = [{"title": "Kostenloser Schnupperabend", "short": "Schnupperabend",
               "date": date(2027, 3, 19)}]  # fmt: skip
    offers = [{"title": "Frühjahrskurse", "from": date(2027, 3, 1), "until": date(2027, 5, 31)}]
    goals = [{"id": "paare", "text": "Paare gewinnen", "who": "Paare aus Würzburg",
              "invite": ["Kostenloser Schnupperabend", "Frühjahrskurse"],
              "question": QUESTION}]  # fmt: skip
    strategy = make(goals=goals, events=events, offers=offers)
    rows = [{"channel": "instagram", "move": "reply", "goal": "paare", "start": start}
            for start in ("2027-03-15 18:00", "2027-04-09 18:00")]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["goal_question"] == QUESTION
    assert facts(1)["goal_question"] == ""
