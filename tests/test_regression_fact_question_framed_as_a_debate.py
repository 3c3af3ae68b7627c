"""„Ab welcher Temperatur fängt bei Ihnen die Orgel an zu verstimmen?“ – „Sag davor offen, wozu
ihr selbst neigt“.

An organ builder's newsletter asked for a threshold under a topic of debates; the prompt told
the team to state its own leaning first, as if the readers would take sides (r389). A
question put to people is framed by what it asks, as the round that answers it already was:
a fact draws no side, a memory is a story; a pick under a debate is a side.
"""

from __future__ import annotations

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make

CASES = [
    ("de", "Ab welcher Temperatur fängt bei {euch|Ihnen} die Orgel an zu verstimmen?", ""),
    ("de", "Wann {habt ihr|haben Sie} zuletzt einen Erste-Hilfe-Kurs gemacht?", "story"),
    ("de", "Welcher Sport aus der Schulzeit würde {euch|Sie} heute noch reizen?", "debate"),
    ("de", "Sollte die Kirche im Winter ganz kalt bleiben?", "debate"),
    ("en", "At what temperature does your organ start to go out of tune?", ""),
    ("en", "When did you last play in a church below ten degrees?", "story"),
]


@pytest.mark.parametrize(("language", "question", "talk"), CASES)
@pytest.mark.parametrize("move", ["ask", "group-ask"])
def test_a_question_is_framed_by_what_it_asks(
    language: str, question: str, talk: str, move: str
) -> None:
    topic = {"title": "Kirchenklima", "kind": "theme", "talk": "debate", "questions": [question]}
    groups = {"groups": {"facebook": ["Orgelfreunde"]}} if move == "group-ask" else {}
    strategy = make(language=language, topics=[topic], channels={"facebook": {}}, **groups)
    group = "Orgelfreunde" if move == "group-ask" else ""
    row = {"channel": "facebook", "move": move, "start": "2027-03-02 18:00",
           "topic": "Kirchenklima", "group": group}  # fmt: skip
    assert contexts(strategy, [row])(0)["topic_talk"] == talk
