"""A wildlife rescue's reply round said "if someone asks, give them the time and place" and
gave neither, so the volunteer had to look up the May Fair's hours (r241).

The invitation in a reply round now says them: "if someone asks, it's from 10 am to 4 pm on
Market Square."
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

FAIR = {"title": "May Fair stall", "short": "our May Fair stall", "date": date(2027, 5, 15),
        "time": "10:00-16:00", "place": "on Market Square"}  # fmt: skip


def test_the_reply_round_gives_the_time_and_place() -> None:
    strategy = make(language="en", events=[FAIR], channels={"facebook": {}})
    rows = asked_and_answered("facebook", [f"2027-05-{day}" for day in range(10, 14)])
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    asked = [p for p in replies if "f someone asks" in p]
    assert asked
    for prompt in asked:
        assert "give them the time and place" not in prompt
        assert "f someone asks, it's from 10 am to 4 pm on Market Square." in prompt
