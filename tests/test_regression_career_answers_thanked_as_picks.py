"""A hair salon thanked school leavers "for your picks" after a question about careers.

The topic "Is hairdressing a good career?" is one people debate, and the question asked on it,
"Would you rather learn a trade on the job or at college?", offers two options, so its
answers were taken for favourites, as under a question of taste. Under a debate, two options
are two sides: the rounds after it take up the side each person took.
"""

from __future__ import annotations

from typing import Any

from tests.test_prompt_context import contexts
from tests.test_threads import make

QUESTION = "Would you rather learn a trade on the job or at college?"


def test_two_options_under_a_debate_are_sides() -> None:
    topics = [{"title": "Hairdressing as a career", "kind": "theme", "talk": "debate",
               "questions": [QUESTION]}]  # fmt: skip
    strategy = make(language="en", topics=topics, channels={"instagram": {}})
    topic = "Hairdressing as a career"
    ask: dict[str, Any] = {"channel": "instagram", "move": "ask", "topic": topic,
                           "start": "2027-03-02 09:00"}  # fmt: skip
    thank = {**ask, "move": "thank", "continues": 0, "start": "2027-03-05 18:00"}
    reply = {**ask, "move": "reply", "follows": 0, "start": "2027-03-02 18:00"}
    facts = contexts(strategy, [ask, reply, thank])
    assert facts(1)["topic_talk"] == facts(2)["topic_talk"] == "debate"
