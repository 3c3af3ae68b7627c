"""A farm café's announcement of its Sunday breakfast closed with „Welcher Wanderweg im Elztal
ist dein liebster, wenn Besuch kommt?“, its topic's question that its own question post asked
on Instagram five weeks later (r691). An announcement without a question of its own takes the
one of its topics that the channel's posts ask furthest from it.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTIONS = [
    "Welcher Wanderweg im Elztal ist dein liebster, wenn Besuch kommt?",
    "Welche Tour mit Kindern hat bei dir am besten geklappt?",
]
BREAKFAST = {"title": "Sonntagsfrühstück", "every": "sun", "time": "09:00-11:30",
             "topics": ["Wanderungen mit Einkehr"]}  # fmt: skip


def test_the_announcement_asks_what_the_posts_around_it_do_not() -> None:
    topic = {"title": "Wanderungen mit Einkehr", "kind": "theme", "questions": QUESTIONS}
    strategy = make(topics=[topic], offers=[BREAKFAST], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "topic": topic["title"],
             "start": "2027-03-02 18:00"}] + [
        {"channel": "instagram", "move": "announce", "announce": BREAKFAST["title"],
         "topic": topic["title"], "start": f"2027-03-{day:02d} 18:00"}
        for day in (3, 4)
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    asked = facts(0)["question"]
    assert asked in QUESTIONS
    announced = {facts(i)["announce"].question for i in (1, 2)}
    assert announced == set(QUESTIONS) - {asked}, announced
