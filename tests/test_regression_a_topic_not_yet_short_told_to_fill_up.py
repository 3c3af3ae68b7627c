"""A boxing club's topic with five of its 23 prompts on a built-in question, under the limit,
was named along with a short one and told "Add 7 questions (all 12)" (r488): a topic close to
running short was asked for as many as leave it under two such prompts, far stricter than the
others. It is now asked for as many as keep it under the limit once the others have theirs.
"""

from __future__ import annotations

import re
from typing import Any

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

ROWING, BACK = "Rowing on the canal", "Getting back on the water after a break"
STROKES = [f"Which stroke did you find hardest, number {n}?" for n in range(12)]
CANAL = [f"Where on the canal did you first row, number {n}?" for n in range(12)]
GROUP = {"facebook-group": [{"name": "Canal Rowers of Ashbury", "topics": [BACK]}]}


def _strategy(rowing: int, back: int) -> Any:
    topics = [
        {"title": ROWING, "kind": "theme", "questions": CANAL[:rowing]},
        {"title": BACK, "kind": "theme", "questions": STROKES[:back]},
    ]
    channels = {"facebook": {}, "instagram": {}, "facebook-group": {}}
    return make(language="en", topics=topics, months=3, channels=channels, hours_per_week=5,
                groups=GROUP)  # fmt: skip


def test_a_topic_close_to_short_is_asked_for_what_keeps_it_under_the_limit() -> None:
    strategy = _strategy(0, 9)
    (finding,) = few_questions(strategy, schedule_work(strategy))
    counts = [re.search(rf"(\d+) questions? to '{title}'", finding.suggestion)
              for title in (ROWING, BACK)]  # fmt: skip
    assert all(counts), finding.suggestion
    rowing, back = (int(found[1]) for found in counts if found)
    richer = _strategy(rowing, 9 + back)
    assert not list(few_questions(richer, schedule_work(richer)))
