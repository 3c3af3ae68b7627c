"""A driving school's reply rounds on LinkedIn offered instructors from all over the state
„Kommen Sie doch bei uns in der Fahrschule … auf einen Kaffee vorbei!“ (r549), and a
translator's on Mastodon a coffee at her co-working space to colleagues worldwide (r546).
Where people read from far away, the meeting point is offered to those nearby, and a call to
everyone else.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

MEET = {"en": "over a coffee at the school on Lange Straße",
        "de": "bei uns in der Fahrschule in der Langen Straße auf einen Kaffee"}  # fmt: skip
NEAR = {"en": "nearby", "de": "aus der Gegend"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_far_away_readership_is_offered_the_meeting_point_only_if_nearby(language: str) -> None:
    topics = [{"title": "Theorie lernen", "kind": "own", "talk": "problem",
               "questions": ["Wie lernst du für die Theorieprüfung?"]}]  # fmt: skip
    strategy = make(language=language, topics=topics, meet_at=MEET[language],
                    channels={"linkedin": {}, "facebook": {}})  # fmt: skip
    replies = {
        channel: [e.prompt for e in render(strategy, entries(strategy, asked_and_followed(
            "reply", 14, 2, channel=channel, topic="Theorie lernen")))[1::2]]
        for channel in ("linkedin", "facebook")
    }  # fmt: skip
    offered = [p for p in replies["linkedin"] if MEET[language].split(" ")[-1] in p]
    assert offered
    assert all(NEAR[language] in p for p in offered), offered
    assert [p for p in replies["facebook"] if MEET[language].split(" ")[-1] in p]
