"""A blood-donation club was told "4 topics run short" and then asked for questions on five
(r559 writer): the fifth runs short only once the minutes the `unannounced` warning suggests
are added. It is listed apart, after what to add with those minutes (r682, r688 writers found
it in the same list, „once you add …“, hard to tell from the rest), and the topics the message
counts are the others.
"""

from __future__ import annotations

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
    now, _, later = finding.suggestion.partition(
        "\nIf you add the minutes suggested by the `unannounced` warning on 'Open day', also:"
    )
    assert later, finding.suggestion
    listed = [line for line in now.splitlines() if line.startswith("- ")]
    assert len(listed) == counted, finding.suggestion
    assert later.startswith("\n- "), finding.suggestion
