"""Recommendations of a lunch club were answered as stories.

Under the theme "Loneliness in rural villages" (talk: story) a community transport scheme
asked "Which village lunch club or coffee morning would you recommend to a newcomer?"; the
reply round asked about "the moment" and "How did it go from there?". What a question's
wording says about its answers now comes before the topic's `talk`, and "recommend" /
„empfehlen“ read as a pick.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {"en": "Which village lunch club would you recommend to a newcomer?",
            "de": "Welchen Mittagstisch im Dorf würdest du Neuen empfehlen?"}  # fmt: skip
STORY = ("the moment", "How did it go from there", "Wie ging es weiter", "wie es weiterging")


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_recommendation_is_answered_as_a_pick(language: str) -> None:
    topic = {"title": "Loneliness", "kind": "theme", "talk": "story",
             "questions": [QUESTION[language]]}  # fmt: skip
    strategy = make(language=language, topics=[topic], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "ask", "start": "2027-03-02 09:00",
             "topic": "Loneliness"}] + [
        {"channel": "facebook", "move": "reply", "start": f"2027-03-03 1{n}:00", "follows": 0,
         "topic": "Loneliness", "seq": n}
        for n in range(4)
    ]  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    assert [r for r in replies if QUESTION[language] in r], replies
    assert not [r for r in replies if any(words in r for words in STORY)], replies
