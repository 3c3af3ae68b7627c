"""A blood bikes charity's Easter egg run was "from 10 am to 1 pm at Meet at Coate Water car
park, Swindon" (r383). A place written as where to meet is a phrase of its own after a dash.
"""

from __future__ import annotations

from datetime import date

from tests.test_render import entries, render
from tests.test_threads import make


def test_a_place_to_meet_is_not_put_after_at() -> None:
    run = {"title": "Easter egg run", "date": date(2027, 3, 21), "time": "10:00-13:00",
           "place": "Meet at Coate Water car park, Swindon"}  # fmt: skip
    strategy = make(language="en", events=[run], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "announce", "announce": "Easter egg run",
             "start": "2027-03-02 09:00", "topic": ""}]  # fmt: skip
    (prompt,) = (e.prompt for e in render(strategy, entries(strategy, rows)))
    assert "at Meet at" not in prompt
    assert "meet at Coate Water car park" in prompt
