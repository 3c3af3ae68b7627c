"""„Gibt es bei euch an Ostern Lamm – und wenn ja, wie?“, four weeks after Easter.

A sheep farm's reviewer (r397) read its Easter question in a regional shopping group on 26
April: Easter 2027 was on 28 March, and April still counted as Easter's month. A question
that names a feast is asked up to its last day (Easter Monday, Boxing Day, Valentine's Day),
one about its school holidays while they may last.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.seasons import past_its_feast
from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

EASTER = "Gibt es bei euch an Ostern Lamm – und wenn ja, wie?"


@pytest.mark.parametrize(
    ("question", "day", "past"),
    [
        (EASTER, date(2027, 3, 29), False),
        (EASTER, date(2027, 3, 30), True),
        ("What's on your table at Christmas?", date(2027, 12, 27), True),
        ("What are you doing over the Easter holidays?", date(2027, 4, 2), False),
        ("Wie kocht ihr Lamm?", date(2027, 4, 26), False),
    ],
)
def test_a_feast_is_over_after_its_last_day(question: str, day: date, past: bool) -> None:
    assert past_its_feast(question, day) is past


def test_the_easter_question_is_not_asked_in_april_after_easter() -> None:
    topic = {"title": "Lamm", "kind": "theme", "questions": [EASTER, "Wie kocht ihr Lamm?"]}
    strategy = make(topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "ask", "start": "2027-04-26 18:00", "topic": "Lamm"}]
    assert questions_in_turn(strategy, entries(strategy, rows)) == ["Wie kocht ihr Lamm?"]
