"""Regression: a bakery told strangers under sourdough posts from all over the country about
its local fair (r481).

"If someone there sounds interested, tell them about the spring food fair tomorrow in a private
message" followed comments found through a hashtag: a cold message about a fair they cannot
reach. Only someone who lives nearby hears of an event people come to; an online one is for
anyone.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Home sourdough", "kind": "theme"}


@pytest.mark.parametrize(("place", "nearby"), [("Market Place, Wenbury", True), ("online", False)])
def test_only_someone_nearby_hears_of_an_event_people_come_to(place: str, nearby: bool) -> None:
    fair = {"title": "Spring food fair", "short": "the spring food fair", "date": date(2027, 3, 20),
            "place": place, "topics": [TOPIC["title"]]}  # fmt: skip
    strategy = make(language="en", channels={"instagram": {}}, topics=[TOPIC], events=[fair])
    rows = [{"channel": "instagram", "move": "comment", "topic": TOPIC["title"],
             "start": "2027-03-19 18:00"}]  # fmt: skip
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert "spring food fair" in prompt
    assert ("lives nearby" in prompt) is nearby
