"""An illustrator's sketching morning was „at meeting at the fountains, Millennium Square“.

The event's place was written as a phrase of its own, and prompts put „at“ in front of it.
A place that starts with a word in lower case other than an article now follows a dash.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Urban Sketching Morning", "date": date(2027, 6, 19), "time": "10:00-13:00",
         "place": "meeting at the fountains, Millennium Square"}  # fmt: skip


def test_a_place_written_as_a_phrase_gets_no_at() -> None:
    strategy = make(language="en", events=[EVENT], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "announce", "start": "2027-06-07 18:00", "topic": ""}]
    (prompt,) = [r.prompt for r in render(strategy, entries(strategy, rows))]
    assert "meeting at the fountains" in prompt
    assert "at meeting" not in prompt
