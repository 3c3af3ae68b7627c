"""A language school was told "2 topics run short of questions" above four listed (r579
writer): the other two run short only with the minutes the `unannounced` warning suggests.
The message now counts those too, as what they are.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from dialogplan.strategy import parse_strategy
from tests.support import ROOT

PRACTICE = ROOT / "tests" / "strategies" / "dental-practice-two-hints.yaml"
SUGGESTED = {"the `unannounced` warning on 'Open day'": {"instagram": 30}}


def test_the_message_counts_the_topics_short_only_with_the_minutes() -> None:
    strategy = parse_strategy(PRACTICE.read_text("utf-8"), PRACTICE.name)
    fewer = [t.model_copy(update={"questions": t.questions[:3]}) for t in strategy.topics]
    strategy = strategy.model_copy(update={"topics": tuple(fewer)})
    (finding,) = few_questions(strategy, schedule_work(strategy), also=SUGGESTED)
    later = finding.suggestion.split(", also:\n", 1)[1].split("\nWrite ", 1)[0]
    extra = [line for line in later.splitlines() if line.startswith("- ")]
    more = "topic runs" if len(extra) == 1 else "topics run"
    assert finding.message.endswith(
        f"with the minutes suggested by the `unannounced` warning on 'Open day', "
        f"{len(extra)} more {more} short too (listed last)"
    ), finding.message
