"""A dance school's parents' group read the same question twice in a fortnight.

„Was ist beim Eröffnungstanz am schwierigsten?“ was the follow-up in a reply round under a
question in „Eltern in Kassel“ on 26 August, and the question of the school's own post in
the same group on 10 September. A follow-up now rests for posts to the same people for
four weeks; elsewhere (another group) the post may ask it.
"""

from __future__ import annotations

from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = [
    "Wie viele Stunden Vorbereitung braucht ein Abschlussball-Walzer?",
    "Was ist beim Eröffnungstanz am schwierigsten?",
]
GROUPS = ["Eltern in Kassel", "Kassel – Tipps & Freizeit"]


def asked(second_group: str) -> list[str]:
    topic = {"title": "Abschlussball", "kind": "theme", "questions": QUESTIONS}
    strategy = make(topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": GROUPS})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": "2027-08-25 19:00",
         "topic": "Abschlussball", "group": GROUPS[0]},
        {"channel": "facebook-group", "move": "reply", "start": "2027-08-26 19:00",
         "topic": "Abschlussball", "group": GROUPS[0], "follows": 0},
        {"channel": "facebook-group", "move": "group-ask", "start": "2027-09-10 19:00",
         "topic": "Abschlussball", "group": second_group},
    ]  # fmt: skip
    return questions_in_turn(strategy, entries(strategy, rows))


def test_a_follow_up_is_not_the_same_group_s_next_post_two_weeks_later() -> None:
    assert asked(GROUPS[0]) == [QUESTIONS[0], QUESTIONS[1], ""]


def test_another_group_may_hear_it() -> None:
    assert asked(GROUPS[1]) == [QUESTIONS[0], QUESTIONS[1], QUESTIONS[1]]
