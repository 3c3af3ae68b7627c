"""People met in a round for would-be riders were asked, weeks later, about their shop.

A cargo-bike collective looked for riders on LinkedIn; four weeks later the meeting with the
people met that way asked „Wollt ihr einen Monat lang ausprobieren, wie eure Kundschaft per
Lastenrad beliefert wird?“, the shops' question: goals took turns, and the meeting's turn
was the shops'. A meeting that goes back to a round of new contacts now takes over its goal.
"""

from __future__ import annotations

from tests.test_threads import at, linked, make

STRATEGY = make(goals=[{"id": "fahrer", "text": "Fahrer"}, {"id": "laeden", "text": "Läden"}])


def test_a_meeting_is_for_the_people_its_round_of_contacts_sought() -> None:
    found = linked(
        {"move": "connect", "start": at(0), "goal": "fahrer"},
        {"move": "meet", "start": at(28), "goal": "laeden"},
        strategy=STRATEGY,
    )
    (meeting,) = [e for e in found.values() if e.move == "meet"]
    assert meeting.continues
    assert meeting.goal == "fahrer"
