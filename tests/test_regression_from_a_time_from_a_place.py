"""Regression: "Saturday 23 January from 10 am to noon from the Kelvingrove Art Gallery front
steps" (r662).

A photographer's walk starts "from the … front steps", as its writer put it; after the
time's own "from … to …" the place ran on with a second "from". A comma sets it apart.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WALK = {"title": "Saturday photo walk", "short": "the Saturday photo walk", "every": ["sat"],
        "time": "10:00-12:00", "place": "from the Kelvingrove Art Gallery front steps"}  # fmt: skip


def test_the_place_follows_the_time_after_a_comma() -> None:
    strategy = make(language="en", offers=[WALK], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "announce", "announce": WALK["title"],
             "start": "2027-03-03 09:00"}]  # fmt: skip
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert "noon, from the Kelvingrove" in prompt, prompt
    assert "noon from the" not in prompt, prompt
