"""A community garden whose channels all say „du“ was told to write questions „as in „Was {hast
du|haben Sie} zuerst ausprobiert?““ and wondered whether it needed the braces (r575 writer).
The example speaks as the plan's channels do; braces only where they say both.
"""

from __future__ import annotations

import pytest

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make


@pytest.mark.parametrize(
    ("channels", "example"),
    [
        ({"instagram": {}, "facebook": {}}, "„Was hast du zuerst ausprobiert?“"),
        ({"linkedin": {"address": "Sie"}, "instagram": {}}, "„Was {hast du|haben Sie} zuerst"),
    ],
)
def test_the_example_speaks_as_the_channels_do(channels: dict[str, object], example: str) -> None:
    topics = [{"title": "Hochbeete", "kind": "theme"}, {"title": "Kompost", "kind": "theme"}]
    strategy = make(topics=topics, channels=channels)
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert example in finding.suggestion, finding.suggestion
