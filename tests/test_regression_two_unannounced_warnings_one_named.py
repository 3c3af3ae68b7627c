"""Regression: "with the minutes the `unannounced` warning suggests", under two `unannounced`
warnings (r654 writer).

A walling contractor had two weekends announced too seldom, and the questions warning
counted topics "with the minutes the `unannounced` warning suggests": the writer guessed
which one was meant. It now names the warnings whose minutes it tried, three as "A, B and C".
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.schedule import schedule_work
from dialogplan.strategy import parse_strategy
from tests.support import ROOT

STUDIO = ROOT / "tests" / "strategies" / "foundry-lane.yaml"


def test_the_questions_warning_names_the_warnings_whose_minutes_it_tried() -> None:
    strategy = parse_strategy(STUDIO.read_text("utf-8"), STUDIO.name)
    findings = check_plan(strategy, schedule_work(strategy))
    assert sum(f.code == "unannounced" for f in findings) > 1
    (questions,) = (f for f in findings if f.code == "few-questions")
    named = (
        "the `unannounced` warnings on 'Open Studio Morning', 'Easter Beat Lab' and "
        "'Spring Showcase Night'"
    )
    assert f"with the minutes suggested by {named}" in questions.suggestion
    assert "the `unannounced` warning suggests" not in questions.suggestion
