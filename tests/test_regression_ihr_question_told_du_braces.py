"""Regression: `validate` told a writer to write „{du|Sie}“ for an „ihr“ question (r624 writer).

A hedgehog station's „Welchen unserer Wintergäste würdet ihr gern begleiten?“ was said to say
„ihr“, and the way given was „{du|Sie}“: the writer had to guess „{würdet ihr|würden Sie}“.
The advice under a question to several people gives the „ihr“ forms.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_the_advice_under_an_ihr_question_gives_the_ihr_forms() -> None:
    question = "Welchen unserer Wintergäste würdet ihr gern begleiten?"
    topic = {"title": "Wintergäste", "kind": "theme", "questions": [question]}
    strategy = make(topics=[topic], channels={"facebook": {"address": "Sie"}, "instagram": {}})
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    (found,) = [f for f in findings if f.code == "other-register"]
    assert "„ihr“ form first" in found.suggestion, found.suggestion
    assert "{Würdet ihr|Würden Sie}" in found.suggestion, found.suggestion
