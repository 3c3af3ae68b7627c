"""A wildlife rescue's reply round said "if someone asks, give them the time and place" and
gave neither, so the volunteer had to look up the May Fair's hours (r241).

The invitation in a reply round now says them: "if someone asks, it's from 10 am to 4 pm on
Market Square."
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

FAIR = {"title": "May Fair stall", "short": "our May Fair stall", "date": date(2027, 5, 15),
        "time": "10:00-16:00", "place": "on Market Square"}  # fmt: skip


def test_the_reply_round_gives_the_time_and_place() -> None:
    strategy = make(language="en", events=[FAIR], channels={"facebook": {}})
    ask = {"channel": "facebook", "move": "ask", "start": "2027-05-11 09:00"}
    rows = [ask] + [{"channel": "facebook", "move": "reply", "start": "2027-05-12 18:00",
                     "follows": 0, "seq": seq} for seq in range(6)]  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    asked = [p for p in replies if "if someone asks" in p]
    assert asked
    for prompt in asked:
        assert "give them the time and place" not in prompt
        assert "if someone asks, it's from 10 am to 4 pm on Market Square." in prompt
