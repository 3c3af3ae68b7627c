"""A mountain rescue team asked walkers "How do you keep your phone battery alive on a cold day
out?" under a topic of problems, and its reply round said "help each person with one concrete
step for their situation" (r556): the answers were tips of their own, not problems. A question
for people's own ways draws tips, whatever the topic's `talk`.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "de": "Wie {hältst du|halten Sie} den Handy-Akku an kalten Tagen am Leben?",
    "en": "How do you keep your phone battery alive on a cold day out?",
}
STRUCK = ["one concrete step", "for their situation", "One step that helps", "einen konkreten"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_round_after_a_question_for_ways_takes_up_tips(language: str) -> None:
    topics = [{"title": "Winter kit", "kind": "theme", "talk": "problem",
               "questions": [QUESTIONS[language]]}]  # fmt: skip
    strategy = make(language=language, topics=topics, channels={"instagram": {}, "facebook": {}})
    for channel in strategy.channels:
        rows = asked_and_followed("reply", 1, 2, topic="Winter kit", channel=channel)
        replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
        assert replies
        for prompt in replies:
            assert not [line for line in STRUCK if line in prompt], prompt
