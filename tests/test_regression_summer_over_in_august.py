"""A history society back from a break on 16 August asked "What's first on your list now that
summer's over?": summer runs to the end of August, and a return in July or August is in the
middle of it. The summer lines after a break no longer say it is over.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_a_return_in_august_does_not_call_summer_over() -> None:
    breaks = [(date(2027, 7, d), date(2027, 7, d + 4)) for d in (5, 19)] + [
        (date(2027, 8, d), date(2027, 8, d + 4)) for d in (2, 16)
    ]
    strategy = make(
        language="en", start=date(2027, 7, 1), months=3,
        channels={"linkedin": {}, "instagram": {}, "mastodon": {}, "facebook": {}},
        blackout=[{"from": a, "to": b, "reason": "Holidays"} for a, b in breaks],
    )  # fmt: skip
    backs = [e.prompt for e in render(strategy, schedule_work(strategy)) if e.move == "back"]
    assert backs
    for prompt in backs:
        assert "summer's over" not in prompt, prompt
