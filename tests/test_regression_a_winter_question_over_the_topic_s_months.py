"""Regression: "'Was kochst du im Winter …' only in October to February" for a topic with
`months: [1, 2, 3]` (r661 writer; r657 and r665 writers likewise).

A farm in the north still has winter in March, and its writers gave the topic its months;
the word „Winter“ in a question kept it from March all the same. The topic's months count
with the season where they meet it, and the advice says so.
"""

from __future__ import annotations

from datetime import date

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from dialogplan.seasons import asked_in
from tests.support import build
from tests.test_threads import make

WINTER = "Was kochst du im Winter am liebsten mit Wurzelgemüse?"
SUMMER = "Was grillst du im Sommer am liebsten?"


def test_a_season_s_question_is_asked_in_its_topic_s_months_too() -> None:
    assert asked_in(WINTER, frozenset({1, 2, 3})) == frozenset({10, 11, 12, 1, 2, 3})
    assert asked_in(SUMMER, frozenset({1, 2, 3})) == frozenset({5, 6, 7, 8})
    assert asked_in(WINTER) == frozenset({10, 11, 12, 1, 2})
    # A month or a feast keeps to its own days.
    march = "What is still feeding you from the plot in March?"
    assert asked_in(march, frozenset({1, 2, 3, 4})) == frozenset({3})
    assert asked_in("Backt ihr zu Ostern?", frozenset({1, 2, 3})) == frozenset({2, 3, 4})


def test_the_advice_names_the_months_with_the_topic_s() -> None:
    topic = {"title": "Wintergemüse", "kind": "theme", "months": [1, 2, 3], "questions": [WINTER]}
    strategy = make(topics=[topic], channels={"instagram": {}, "facebook": {}},
                    start=date(2027, 1, 4), months=3)  # fmt: skip
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert "in its topic's `months` where they meet the season" in finding.suggestion
    assert f"{WINTER!r} only in October to March" in finding.suggestion, finding.suggestion


def test_the_question_is_asked_in_march() -> None:
    topic = {"title": "Wintergemüse", "kind": "theme", "months": [1, 2, 3], "questions": [WINTER]}
    strategy = make(topics=[topic], channels={"facebook": {}}, start=date(2027, 1, 4), months=3)
    asked = {e.start.month for e in build(strategy).entries if "Wurzelgemüse" in e.prompt}
    assert 3 in asked, asked
