"""Regression: "Thanks for that! Have you seen that yourself?" under a story (r500).

A walking club told a winter story on its page; the reply round that evening asked each
person who had answered with their own experience whether they had seen that themselves.
Every other round under a story took its line from a stock pair made for posts nothing is
known about. Under a story every round now takes up the stories people tell back.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

STOCK = ("Have you seen that yourself?", "What made you think of that?", "what's behind it?")


def test_every_round_under_a_story_takes_up_stories() -> None:
    topic = {"title": "Winter walking", "kind": "theme", "short": "winter walking"}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    days = ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25", "2027-02-01", "2027-02-08"]
    rows = asked_and_answered("facebook", days, "09:00", "18:00", post="story",
                              topic="Winter walking")  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1::2]]
    assert not [p for p in replies if any(line in p for line in STOCK)], replies
