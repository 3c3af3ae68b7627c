"""A car workshop asked „Welche Panne hat dich schon einmal mitten auf der Landstraße
erwischt?“, and its reply round offered „… – schön erzählt! Würden Sie es wieder so machen?“
(r539): praise and a question for a story that went well, under stories of breakdowns. A
bakery's round under a childhood memory of Lent asked "What would you tell someone in the
same spot?" (r534). The lines under stories now fit a story that went either way.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "de": "Welche Panne hat dich schon einmal mitten auf der Landstraße erwischt?",
    "en": "What's the worst breakdown you've ever had on a country road?",
}
STRUCK = ["schön erzählt", "wieder so machen", "in the same spot"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_lines_under_stories_fit_a_bad_one(language: str) -> None:
    topics = [{"title": "Pannen", "kind": "theme", "talk": "story",
               "questions": [QUESTIONS[language]]}]  # fmt: skip
    strategy = make(language=language, topics=topics, channels={"instagram": {}, "facebook": {}})
    for channel in strategy.channels:
        rows = asked_and_followed("reply", 14, 2, topic="Pannen", channel=channel)
        replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
        assert replies
        for prompt in replies:
            assert not [line for line in STRUCK if line in prompt], prompt
