"""An illustrator's goal could invite to one workshop only, though she holds one a month.

A goal's ``invite`` took a single title, and events need a title each, so the adults'
drawing goal pointed to a season pass instead of the workshop that was next. It now takes
a list: replies and meetings point to the next one that is on, and the goal's question
stays until the last has passed.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

EVENTS = [
    {"title": f"Drawing Club, {day:%B}", "date": day}
    for day in (date(2027, 4, 24), date(2027, 5, 22), date(2027, 6, 19))
]
GOALS = [
    {
        "id": "adults",
        "text": "Adults draw with us",
        "invite": [e["title"] for e in EVENTS],
        "question": "Would you like to save a seat at the next Drawing Club?",
    }
]


def test_replies_point_to_the_next_workshop_of_the_series() -> None:
    strategy = make(language="en", goals=GOALS, events=EVENTS, channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "reply", "start": f"{day} 18:00"}
        for day in ("2027-04-12", "2027-05-10", "2027-06-07")
    ]
    facts = contexts(strategy, rows)
    invited = [facts(i)["invite"] for i in range(len(rows))]
    assert [i.title if i else None for i in invited] == [e["title"] for e in EVENTS]


def test_the_goal_s_question_lasts_until_the_last_workshop() -> None:
    strategy = make(language="en", goals=GOALS, events=EVENTS, channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": "meet", "start": f"{day} 18:00"}
        for day in ("2027-05-03", "2027-06-28")
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["goal_question"] == GOALS[0]["question"]
    assert not facts(1)["goal_question"]
