"""Regression: an early-booking offer for camping tours asked „Was hat euch bisher davon
abgehalten, so etwas auszuprobieren?“.

A canoe rental's reviewer (r268) read "so etwas" as boilerplate where the offer's topic had
„Zwei Tage oder gleich eine ganze Woche – wie lang sollte die erste Mehrtagestour sein?“. An
announcement without a question of its own, or its goal's, asks one of its topics'.
"""

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTIONS = [
    "Zwei Tage oder gleich eine ganze Woche – wie lang sollte die erste Mehrtagestour sein?",
    "Was packt ihr ins Boot?",
]


def test_an_offer_without_a_question_takes_one_of_its_topic() -> None:
    topics = [{"title": "Wasserwandern", "kind": "theme", "questions": QUESTIONS}, "Bootspflege"]
    offer = {"title": "Frühbucher-Preis", "from": date(2027, 3, 1), "topics": ["Wasserwandern"]}
    strategy = make(topics=topics, offers=[offer])
    rows = [
        {"channel": "instagram", "move": "announce", "start": f"2027-03-0{day} 12:00"}
        | {"announce": "Frühbucher-Preis", "topic": ""}
        for day in (1, 2)
    ]
    facts = contexts(strategy, rows)
    assert {facts(i)["announce"].question for i in range(2)} == set(QUESTIONS)
