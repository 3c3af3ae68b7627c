"""A diving club's newsletter ended its invitation to a taster dive with its topic's question
„Ab welchem Alter darf man bei euch mit dem Tauchen anfangen?“ (r344): a question people ask
the club, put to its readers as if the club did not know.

An announcement without a question of its own takes one of its topics' that people answer,
never one they ask the team.
"""

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

FAQ = "Ab welchem Alter darf man bei euch mit dem Tauchen anfangen?"
ASKED = "Was wolltest du unter Wasser schon immer einmal sehen?"


def test_an_announcement_never_ends_on_a_question_for_the_team() -> None:
    topics = [{"title": "Schnuppertauchen", "kind": "own", "questions": [FAQ, ASKED]}]
    event = {"title": "Schnuppertauchen im April", "date": date(2027, 4, 23),
             "topics": ["Schnuppertauchen"]}  # fmt: skip
    strategy = make(topics=topics, events=[event])
    rows = [
        {"channel": "instagram", "move": "announce", "start": f"2027-04-0{day} 12:00"}
        | {"announce": event["title"], "topic": ""}
        for day in (1, 2)
    ]
    facts = contexts(strategy, rows)
    assert {facts(i)["announce"].question for i in range(2)} == {ASKED}
