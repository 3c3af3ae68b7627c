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
from tests.test_render import entries
from tests.test_threads import make

SHARED = ("happened to you", "been there too", "same spot", "so etwas auch", "ähnlich")


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_story_on_an_own_subject_is_not_answered_as_a_shared_one(language: str) -> None:
    topics = [{"title": "Our four boats", "kind": "own"}]
    strategy = make(language=language, topics=topics, channels={"instagram": {}})
    rows = []
    for n, day in enumerate(range(1, 13)):
        rows.append({"channel": "instagram", "move": "story", "topic": "Our four boats",
                     "start": f"2027-03-{day:02d} 09:00"})  # fmt: skip
        rows.append({"channel": "instagram", "move": "reply", "topic": "Our four boats",
                     "follows": 2 * n, "start": f"2027-03-{day:02d} 18:00"})  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
    assert replies
    for prompt in replies:
        assert not any(line in prompt for line in SHARED), prompt
