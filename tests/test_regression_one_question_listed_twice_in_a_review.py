"""Regression: a monthly review listed one question twice (r407).

A digital mentors' initiative asked about helping family with phones on its page and in a
local group on the same day, and its review asked „Wo kamen die besten Antworten: … Handyhilfe
in der Familie (23. April, Facebook) oder Handyhilfe in der Familie (23. April, „Du bist
Elmshagener, wenn …“)?“. A topic asked in two places on one day is one question, named once
with both places.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

ROWS = [
    {"channel": "facebook", "move": "ask", "start": "2027-01-12 09:00", "topic": "Phones"},
    {"channel": "facebook-group", "move": "group-ask", "start": "2027-01-12 10:00",
     "topic": "Phones", "group": "Kettleby Neighbours"},
    {"channel": "instagram", "move": "ask", "start": "2027-01-19 09:00", "topic": "Tablets"},
    {"channel": "instagram", "move": "review", "start": "2027-01-29 16:00"},
]  # fmt: skip


def strategy_in(language: str) -> Strategy:
    channels = {"facebook": {}, "facebook-group": {}, "instagram": {}}
    return make(language=language, start=date(2027, 1, 4), channels=channels,
                topics=["Phones", "Tablets"],
                groups={"facebook-group": ["Kettleby Neighbours"]})  # fmt: skip


def test_the_review_names_it_once_with_both_places() -> None:
    review = contexts(strategy_in("en"), ROWS)(3)["review"]
    assert [(a["topic"], [o["group"] for o in a["also"]]) for a in review["asks"]] == [
        ("Phones", ["Kettleby Neighbours"]),
        ("Tablets", []),
    ]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_review_prompt_says_it_once(language: str) -> None:
    strategy = strategy_in(language)
    prompt = render(strategy, entries(strategy, ROWS))[3].prompt
    assert prompt.count("12 Jan" if language == "en" else "12. Januar") == 1
    assert "Kettleby Neighbours" in prompt
