"""A question about March was asked in April.

A beekeeper's topic asked "Was blüht bei dir im März schon für die Bienen?"; a reply round on
4 April took it as its next question. A question that names a month or a season is now asked
only then, by posts and reply rounds alike.
"""

from __future__ import annotations

from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

MARCH = "Was blüht bei dir im März schon für die Bienen?"
ANY = "Wie viel Rasen darf bei dir Wiese werden?"


def test_a_question_naming_a_month_is_asked_in_that_month_only() -> None:
    topic = {"title": "Blühstreifen im Garten", "kind": "theme", "questions": [MARCH, ANY]}
    strategy = make(topics=[topic])
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-03-30 08:00"},
        {"channel": "instagram", "move": "reply", "start": "2027-04-01 18:00", "follows": 0},
        {"channel": "linkedin", "move": "ask", "start": "2027-04-02 08:00"},
        {"channel": "linkedin", "move": "ask", "start": "2027-04-20 08:00"},
    ]
    asked = questions_in_turn(strategy, entries(strategy, rows))
    assert asked[0] == MARCH
    assert asked[1] == ANY  # the reply round's next question, not March's again
    assert asked[2:] == [ANY, ""]  # then the other rests on LinkedIn, and March is over
