"""Regression: a pub added the two questions `validate` asked for, and was asked for two more.

One of them, "What do you pack for a winter walk that ends in a pub garden?", names a season
and is asked only in its months; the advice had said its number "is enough" without a word
on that (r508 writer). Where the topic has such a question, the advice says it counts only
then; where it has none, the advice stays as short as it was.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

WINTER = "What do you pack for a winter walk that ends in a pub garden?"
SEASON_NOTE = "one naming a season or a month counts only then"


def _advice(questions: list[str]) -> str:
    topic = {"title": "Country walks that end at a pub", "kind": "theme", "questions": questions}
    strategy = make(language="en", topics=[topic], channels={"instagram": {}, "facebook": {}},
                    months=3)  # fmt: skip
    (finding,) = few_questions(strategy, schedule_work(strategy))
    return finding.suggestion


def test_a_winter_question_is_said_to_count_only_in_winter() -> None:
    assert SEASON_NOTE in _advice([WINTER])


def test_questions_for_any_month_get_no_note() -> None:
    assert SEASON_NOTE not in _advice(["Which walk ends at your favourite pub?"])
