"""Answers to „Hast du schon einmal bei einer Weinlese mitgeholfen?“ were met as if grieving.

A winery's reply round told the team to ask each person „was es ihr heute bedeutet – nach
etwas Schwerem mit einem Satz Anteilnahme vorweg“, under a light question about helping at
the harvest. Reply rounds on stories now ask for the moment that stayed, with a word of
sympathy only where something went badly.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Hast du schon einmal bei einer Weinlese mitgeholfen?"
TOPICS = [{"title": "Weinlese", "kind": "theme", "talk": "story", "questions": [QUESTION]}]


def test_a_story_round_asks_for_what_stayed_not_what_it_means_today() -> None:
    strategy = make(topics=TOPICS, channels={"instagram": {}})
    rows = asked_and_followed("reply", 12, 2, topic="Weinlese")
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
    assert replies
    for prompt in replies:
        assert "Schwerem" not in prompt
        assert "heute bedeutet" not in prompt
