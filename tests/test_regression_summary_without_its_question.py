"""A thank-you round that summed up a group's answers never said what had been asked.

„Sag, was du aus den Antworten mitnimmst, dann: „Was davon probiert ihr als Erstes aus?““
came three days after a beekeepers' club asked its group a question, and on every other
turn the prompt left the question out. Whoever sums up the answers now has it in front of
them, every time.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = [
    "Stechen Bienen öfter, wenn ein Bienenstand nebenan steht?",
    "Was hilft nach einem Stich wirklich?",
    "Wie schützt ihr euch im Garten vor Stichen?",
    "Ab wie vielen Stichen wird es gefährlich?",
]
GROUP = "Kirchbach hilft"


def test_every_summary_of_answers_quotes_the_question() -> None:
    topic = {"title": "Bienenstiche", "kind": "theme", "questions": QUESTIONS}
    strategy = make(topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rows = []
    for n, day in enumerate(("02", "09", "16", "23", "30")):
        rows += [
            {"channel": "facebook-group", "move": "group-ask", "start": f"2027-03-{day} 19:00",
             "topic": topic["title"], "group": GROUP, "seq": n},
            {"channel": "facebook-group", "move": "thank", "start": f"2027-03-{day} 20:00",
             "topic": topic["title"], "group": GROUP, "continues": 2 * n, "seq": n},
        ]  # fmt: skip
    done = [e.prompt for e in render(strategy, entries(strategy, rows))]
    pairs = [
        (question, thank)
        for ask, thank in zip(done[::2], done[1::2], strict=True)
        for question in QUESTIONS
        if question in ask
    ]
    assert len(pairs) >= 2
    assert all(question in thank for question, thank in pairs), pairs
