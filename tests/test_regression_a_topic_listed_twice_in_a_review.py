"""Regression: a review listed „Kosten der Tagespflege“ twice, eight days apart (r431).

A day-care centre asked about its costs in a carers' group on 10 March and in the newsletter
on 18 March, and the review asked which question drew answers: „…, Kosten der Tagespflege (10.
März, „Pflegende Angehörige Oberschwaben“), Kosten der Tagespflege (18. März, Newsletter) …“.
A topic is named once, with every day and place it was asked on; a month of one topic still
tells its questions apart by their days.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Pflegende Angehörige Oberschwaben"
ROWS = [
    {"channel": "facebook-group", "move": "group-ask", "start": "2027-03-10 10:00",
     "topic": "Kosten", "group": GROUP},
    {"channel": "newsletter", "move": "ask", "start": "2027-03-18 09:00", "topic": "Kosten"},
    {"channel": "facebook", "move": "ask", "start": "2027-03-20 09:00", "topic": "Ehrenamt"},
    {"channel": "facebook", "move": "review", "start": "2027-03-31 16:00"},
]  # fmt: skip


def strategy_in(language: str, topics: list[str]) -> Strategy:
    channels = {"facebook": {}, "facebook-group": {}, "newsletter": {}}
    return make(language=language, start=date(2027, 3, 1), channels=channels, topics=topics,
                groups={"facebook-group": [GROUP]})  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_topic_is_named_once_with_both_days(language: str) -> None:
    strategy = strategy_in(language, ["Kosten", "Ehrenamt"])
    review = contexts(strategy, ROWS)(3)["review"]
    assert [(a["topic"], len(a["also"])) for a in review["asks"]] == [
        ("Kosten", 1),
        ("Ehrenamt", 0),
    ]
    assert review["asks"][0]["also"][0]["day"] != review["asks"][0]["day"]
    prompt = render(strategy, entries(strategy, ROWS))[3].prompt
    assert prompt.count("Kosten") == 1, prompt
    assert ("18 March" if language == "en" else "18. März") in prompt


def test_a_month_of_one_topic_tells_its_questions_apart_by_day() -> None:
    rows = [row | {"topic": "Kosten"} if row.get("topic") else row for row in ROWS]
    review = contexts(strategy_in("de", ["Kosten"]), rows)(3)["review"]
    assert len(review["asks"]) == 3
