"""Comments on a story about the team's own boats were answered "Has something like that
happened to you?".

A narrowboat hire told a story about its four boats; the reply round asked each commenter
whether they had "been in the same spot", a line for a story people share. Under a story on
the team's own subject, reply rounds now answer what people say and ask those who know it
what they would add, and newcomers what they would like to see.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

SHARED = ("happened to you", "been there too", "same spot", "so etwas auch", "ähnlich")


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_story_on_an_own_subject_is_not_answered_as_a_shared_one(language: str) -> None:
    topics = [{"title": "Our four boats", "kind": "own"}]
    strategy = make(language=language, topics=topics, channels={"instagram": {}})
    rows = asked_and_followed("reply", 12, 2, post="story", topic="Our four boats")
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
    assert replies
    for prompt in replies:
        assert not any(line in prompt for line in SHARED), prompt
