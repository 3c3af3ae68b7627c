"""A question asked again weeks later read as a plan repeating itself.

Reviewers of a bookbinder's and a zero-waste shop's plans found the same question on 1 March,
14 July and 19 August, each time as if new; a courier co-op's reviewer wanted the second
asking to start from the answers of the first. A topic has a question or two, so most own
questions are asked again somewhere. An own post or group question that asks one again now
says where and when it went out before and opens with an answer from then.
"""

from __future__ import annotations

from typing import Any

import pytest

from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {"en": "Dotted, lined or plain pages – which do you reach for?",
            "de": "Punktiert, liniert oder blanko – was nimmst du am liebsten?"}  # fmt: skip


def strategy(language: str) -> Strategy:
    topic = {"title": "Notebook paper", "kind": "theme", "questions": [QUESTION[language]]}
    return make(language=language, topics=[topic],
                channels={"instagram": {}, "facebook": {}, "facebook-group": {}},
                groups={"facebook-group": ["Paper Friends"]})  # fmt: skip


def prompts(language: str, rows: list[dict[str, Any]]) -> list[str]:
    rows = [{"topic": "Notebook paper", **row} for row in rows]
    return [e.prompt for e in render(strategy(language), entries(strategy(language), rows))]


def test_the_same_channel_weeks_later_starts_from_the_answers() -> None:
    first, second = prompts("en", [
        {"channel": "instagram", "move": "ask", "start": "2027-03-02 09:00"},
        {"channel": "instagram", "move": "ask", "start": "2027-05-04 09:00"},
    ])  # fmt: skip
    assert QUESTION["en"] in first and QUESTION["en"] in second
    assert "asked the question below" not in first and "went out" not in first
    assert "here" in second and "on Tuesday 2 March" in second


SAID = [
    ("en", "on Instagram on Tuesday 2 March"),
    ("de", "2. März hast du die Frage schon auf Instagram gestellt"),
]


@pytest.mark.parametrize(("language", "said"), SAID)
def test_another_channel_names_where_it_went_out(language: str, said: str) -> None:
    _, again = prompts(language, [
        {"channel": "instagram", "move": "ask", "start": "2027-03-02 09:00"},
        {"channel": "facebook-group", "move": "group-ask", "start": "2027-03-23 19:00",
         "group": "Paper Friends"},
    ])  # fmt: skip
    assert QUESTION[language] in again
    assert said in again
