"""A thank-you round picked up "the side each person took" after a question with no sides.

An architects' topic on heat pumps is one people debate (`talk: debate`), and the offer's own
question asked on it, "What is the one room in your house you can never get warm?", drew
rooms, not positions. An open question (what, how, where, when, who) under a topic of debates
gives its rounds no `talk`; a question that takes sides keeps the topic's.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make


@pytest.mark.parametrize(
    ("question", "talk"),
    [
        ("What is the one room in your house you can never get warm?", ""),
        ("Should you insulate first and fit a heat pump later?", "debate"),
    ],
)
def test_an_open_question_takes_no_sides(question: str, talk: str) -> None:
    topics = [{"title": "Heat pumps", "kind": "theme", "talk": "debate", "questions": [question]}]
    strategy = make(language="en", topics=topics, channels={"instagram": {}})
    ask: dict[str, Any] = {"channel": "instagram", "move": "ask", "topic": "Heat pumps",
                           "start": "2027-03-02 09:00"}  # fmt: skip
    reply = {**ask, "move": "reply", "follows": 0, "start": "2027-03-02 18:00"}
    assert contexts(strategy, [ask, reply])(1)["topic_talk"] == talk
