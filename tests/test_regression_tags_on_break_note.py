"""A software team's break note on LinkedIn carried #bookkeepingjobs and #parttimejobs.

The channel was kept for a hiring goal, so every post there took the goal's hashtags, the
note before a summer break too: it read like a job advert that was not there. The notes
around a break speak to the people who follow already and now carry no hashtags at all.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_the_notes_around_a_break_carry_no_hashtags() -> None:
    goals = [{"id": "hire", "text": "Hire support", "where": ["#bookkeepingjobs"]}]
    strategy = make(
        language="en",
        goals=goals,
        topics=["Our changelog"],
        channels={"linkedin": {"goals": ["hire"], "tags": ["#parttimejobs"]}},
        blackout=[{"from": date(2027, 6, 14), "to": date(2027, 6, 18)}],
    )
    rows = [
        {"channel": "linkedin", "move": "away", "start": "2027-06-11 08:00"},
        {"channel": "linkedin", "move": "back", "start": "2027-06-21 08:00"},
    ]
    for note in render(strategy, entries(strategy, rows)):
        assert "#" not in note.prompt, note.prompt
        assert "Hashtags" not in note.prompt, note.prompt
