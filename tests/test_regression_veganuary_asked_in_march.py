"""A Caribbean restaurant's reply round asked "Is Veganuary going well for you, or are you
missing your saltfish already?" on 6 March, five weeks after Veganuary (r688). A question that
names Veganuary, Burns Night, Movember or another day of one month is asked in that month.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from dialogplan.seasons import question_months
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

VEGANUARY = "Is Veganuary going well for you, or are you missing your saltfish already?"


@pytest.mark.parametrize(
    ("question", "month"),
    [(VEGANUARY, 1), ("What's on your table for Burns Night?", 1),
     ("Who's growing a moustache for Movember?", 11), ("Are you doing Stoptober?", 10)],
)  # fmt: skip
def test_a_day_of_one_month_keeps_to_it(question: str, month: int) -> None:
    assert question_months(question) == {month}


def test_no_march_prompt_asks_how_veganuary_is_going() -> None:
    topic = {"title": "Plant-based Caribbean food", "kind": "theme",
             "questions": [VEGANUARY, "Which vegetable do you never cook without?"]}  # fmt: skip
    strategy = make(language="en", topics=[topic], channels={"instagram": {}})
    days = [f"2027-03-{day:02d}" for day in range(1, 29, 3)]
    rows = asked_and_answered("instagram", days, topic=topic["title"])
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "never cook without" in p], prompts
    assert not [p for p in prompts if "Veganuary" in p], prompts
