"""A watch repairer's villages group was asked "Which clock in your house never gets changed
when the clocks go forward?" on 8 May, though the topic it belongs to says `months: [3]`
(r337): a group's question on no topic came from all the goal's topics, in any month.

A topic's questions keep to its months wherever they are asked.
"""

from __future__ import annotations

from dialogplan.team_material import questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

SEASONAL = "Which clock in your house never gets changed when the clocks go forward?"


def test_a_seasonal_question_is_asked_in_its_months_only() -> None:
    topics = [
        {"title": "Putting the clocks forward", "kind": "theme", "months": [3],
         "goals": ["households"], "questions": [SEASONAL]},
        {"title": "Moving a longcase clock", "kind": "theme", "goals": ["households"],
         "questions": ["Where in the house did your grandfather clock end up?"]},
    ]  # fmt: skip
    goals = [{"id": "households", "text": "Households with an inherited clock",
              "where": ["the Facebook group Teme Valley Villages"]}]  # fmt: skip
    strategy = make(
        language="en", topics=topics, goals=goals, months=3,
        channels={"facebook-group": {}}, groups={"facebook-group": ["Teme Valley Villages"]},
    )  # fmt: skip
    on = {"channel": "facebook-group", "move": "group-ask", "topic": "", "goal": "households",
          "group": "Teme Valley Villages"}  # fmt: skip
    march, may = ({**on, "start": f"2027-{month:02d}-08 19:00"} for month in (3, 5))
    assert questions_in_turn(strategy, entries(strategy, [march])) == [SEASONAL]
    assert questions_in_turn(strategy, entries(strategy, [may])) != [SEASONAL]
