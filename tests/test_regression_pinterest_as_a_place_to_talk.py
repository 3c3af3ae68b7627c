"""A florist's Pinterest asked questions in pin descriptions and thanked under its pins.

A blind reviewer: "Pinterest is a search and saving tool"; a question in a pin's description,
a round of thanks and summaries under a pin, and replies expected on a pin posted that day
will hardly ever get answers. Pinterest now plans no ``ask`` and no ``thank``: its dialogue is
comments under other people's pins, and its own pins tell and link on.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make


def test_pinterest_asks_and_thanks_nowhere() -> None:
    strategy = make(channels={"pinterest": {"share": 0.5}, "instagram": {}}, months=3)
    moves = {e.move for e in build(strategy).entries if e.channel == "pinterest"}
    assert "comment" in moves
    assert not moves & {"ask", "thank"}
