"""Regression: writers added the questions `validate` asked for and were asked for more (r627,
r630 writers).

"One naming a season or a month counts only then" did not say which of their questions named
one: a boat charity's "over the winter" and "this spring" questions counted for less, and its
writer could only guess. The advice names each such question with the months it counts in.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

WINTER = "What do you miss most about being out on the water over the winter?"


def test_the_advice_names_the_question_and_its_months() -> None:
    topic = {"title": "Days out on the Broads", "kind": "theme", "questions": [WINTER]}
    strategy = make(language="en", topics=[topic], channels={"instagram": {}, "facebook": {}},
                    months=3)  # fmt: skip
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert f"{WINTER!r} only in " in finding.suggestion, finding.suggestion
    assert " to February" in finding.suggestion, finding.suggestion
