"""Regression: "'Was kochst du im Winter …' only in October to February" for a topic with
`months: [1, 2, 3]` (r661 writer; r657 writer likewise).

The season a question names goes before the topic's own months, and the writer could not
tell why March was left out. The advice says so.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

WINTER = "Was kochst du im Winter am liebsten mit Wurzelgemüse?"


def test_the_advice_says_the_season_goes_before_the_topic_s_months() -> None:
    topic = {"title": "Wintergemüse", "kind": "theme", "months": [1, 2, 3], "questions": [WINTER]}
    strategy = make(topics=[topic], channels={"instagram": {}, "facebook": {}}, months=3)
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert "whatever its topic's `months`" in finding.suggestion, finding.suggestion
    assert f"{WINTER!r} only in October to February" in finding.suggestion, finding.suggestion
