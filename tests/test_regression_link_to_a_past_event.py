"""A look back on a finished workshop told people to find its link in the bio.

„Put the link in your bio for anyone who missed it“, two days after the illustrator's
urban-sketching morning: the link invited to a Saturday that was gone. After an event,
prompts tell whoever missed it how they will hear of the next one instead.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {
    "title": "Urban Sketching Morning",
    "date": date(2027, 6, 19),
    "url": "https://pip.example/sketch",
}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("move", ["ask", "story", "thank", "reply"])
def test_no_link_to_an_event_that_is_over(language: str, move: str) -> None:
    strategy = make(language=language, events=[EVENT], channels={"instagram": {}, "linkedin": {}})
    rows = [
        {"channel": channel, "move": move, "start": f"2027-06-{day} 18:00", "topic": ""}
        for channel in ("instagram", "linkedin")
        for day in (20, 21, 22)
    ]
    prompts = [r.prompt for r in render(strategy, entries(strategy, rows))]
    assert move == "reply" or any("Urban Sketching" in p for p in prompts)
    assert not [
        p for p in prompts if EVENT["url"] in p or "link in your bio" in p or "Link in" in p
    ]
