"""Regression: "If someone could use the spring membership drive".

A reader-funded news site's reviewer (r273) read the team's appeal for members pointed to as
something to use. A membership drive asks people to give: it is an appeal, introduced by what
the money is for.
"""

from __future__ import annotations

from datetime import date

from tests.test_render import asked_and_answered, entries, render
from tests.test_threads import make

DRIVE = {"title": "Spring membership drive", "from": date(2027, 3, 1), "url": "https://x.example"}


def test_a_reply_does_not_offer_the_drive_as_something_to_use() -> None:
    goal = {"id": "members", "text": "Grow membership", "invite": ["Spring membership drive"]}
    strategy = make(language="en", goals=[goal], offers=[DRIVE], channels={"facebook": {}})
    rows = asked_and_answered("facebook", [f"2027-03-{day:02d}" for day in range(2, 20)])
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    pointing = [p for p in prompts if "membership drive" in p]
    assert pointing, prompts
    assert not [p for p in pointing if "could use" in p], pointing
