"""A food truck asked the same neighbourhood group about vegan food that keeps people full on
15 and 22 March.

Questions to groups took turns with all the other work on the channel's themes, so a theme
could come up in two group questions a week apart. A question to a group now comes back to
a topic on its channel only after four weeks, where another fits, as own posts do.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from dialogplan.schedule import schedule_work
from tests.test_threads import make

GROUP = "Veedel-Esser Köln"
THEMES = ("Vegan satt werden", "Mittagspause im Büro", "Saisonal kochen", "Mehrweg auf dem Markt")
TOPICS = [{"title": t, "kind": "theme"} for t in THEMES]


def test_a_group_question_rests_its_topic_for_four_weeks() -> None:
    strategy = make(topics=TOPICS, months=3, channels={"facebook-group": {"share": 0.5},
                    "instagram": {}}, groups={"facebook-group": [GROUP]})  # fmt: skip
    asked = [e for e in schedule_work(strategy) if e.move == "group-ask" and e.topic]
    assert len(asked) >= 3
    for before, after in pairwise(asked):
        if after.topic == before.topic:
            assert after.start - before.start >= timedelta(days=28), (before, after)
