"""A blood-donation club was told "4 topics run short" and then asked for questions on five
(r559 writer): the fifth runs short only once the minutes the `unannounced` warning suggests
are added. Its line now says so, and the topics the message counts are the others.
"""

from __future__ import annotations

import re

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from dialogplan.strategy import parse_strategy
from tests.support import ROOT

PRACTICE = ROOT / "tests" / "strategies" / "dental-practice-two-hints.yaml"
SUGGESTED = {"the `unannounced` warning on 'Open day'": {"instagram": 30}}


def test_a_topic_short_only_with_the_extra_minutes_says_so() -> None:
    strategy = parse_strategy(PRACTICE.read_text("utf-8"), PRACTICE.name)
    fewer = [t.model_copy(update={"questions": t.questions[:3]}) for t in strategy.topics]
    strategy = strategy.model_copy(update={"topics": tuple(fewer)})
    (finding,) = few_questions(strategy, schedule_work(strategy), also=SUGGESTED)
    counted = int(finding.message.split(" topics run short")[0])
    lines = [line for line in finding.suggestion.splitlines() if line.startswith("- ")]
    extra = [line for line in lines if "once you add the minutes" in line]
    assert extra, finding.suggestion
    assert len(lines) - len(extra) == counted, finding.suggestion
    assert all(re.search(r"the `unannounced` warning on 'Open day'$", line) for line in extra)
