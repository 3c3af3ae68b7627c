"""A volunteer agency's writer added the questions the few-questions warning asked for and,
in the same edit, the 30 minutes the `unannounced` warning asked for; the next run asked for
more questions (r551 writer; a dental practice's writer likewise, r541): each number held for
the plan as it was. The numbers now hold with the other warning's minutes too.
"""

from __future__ import annotations

import re

from dialogplan.neglect import check_plan
from dialogplan.question_supply import few_questions
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy, parse_strategy
from dialogplan.trials import with_extras
from tests.support import ROOT

PRACTICE = ROOT / "tests" / "strategies" / "dental-practice-two-hints.yaml"
WANTS = re.compile(r"(\d+) questions? to '[^']*' \(\w+ topic, topics\[(\d+)\]")
ADDED = re.compile(r"channels\.(\S+)\.hours_per_week ([\d.]+) → ([\d.]+)")


def with_questions(strategy: Strategy, wants: dict[int, int]) -> Strategy:
    """The strategy with as many more questions as asked for, of the kind the advice asks."""
    topics = list(strategy.topics)
    for i, more in wants.items():
        added = tuple(f"Was {{hast du|haben Sie}} als Erstes ausprobiert ({i}.{n})?"
                      for n in range(more))  # fmt: skip
        topics[i] = topics[i].model_copy(update={"questions": (*topics[i].questions, *added)})
    return strategy.model_copy(update={"topics": tuple(topics)})


def test_both_hints_followed_at_once_leave_no_topic_short() -> None:
    strategy = parse_strategy(PRACTICE.read_text("utf-8"), PRACTICE.name)
    fewer = [t.model_copy(update={"questions": t.questions[:2]}) for t in strategy.topics]
    strategy = strategy.model_copy(update={"topics": tuple(fewer)})
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    (advice,) = [f.suggestion for f in findings if f.code == "few-questions"]
    (minutes,) = [f.suggestion for f in findings if f.code == "unannounced"]
    assert "either way" in advice
    channel, before, after = ADDED.search(minutes).groups()  # type: ignore[union-attr]
    extra = round((float(after) - float(before)) * 60)
    wants = {int(i): int(n) for n, i in WANTS.findall(advice)}
    for followed in (strategy, with_extras(strategy, {channel: extra})):
        done = with_questions(followed, wants)
        assert not list(few_questions(done, schedule_work(done)))
