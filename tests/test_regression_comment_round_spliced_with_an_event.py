"""A darkroom's comment round the day after its intro day said to find two posts about film
stocks for flat light, then to "start with people who came to the intro" (r317): two moves
spliced, since those people had not posted about film stocks.

In the days after an event, a comment round is for the people who came, and posts on its
topic are what it falls back on.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = "Which film stock for grey northern light?"
INTRO = {"title": "Intro to darkroom printing", "short": "the intro to darkroom printing",
         "date": date(2027, 5, 15), "time": "10:00-16:00"}  # fmt: skip


def test_the_people_who_came_come_first_and_the_topic_is_the_fallback() -> None:
    strategy = make(language="en", events=[INTRO], channels={"instagram": {}},
                    topics=[{"title": TOPIC, "short": "film stocks for flat light",
                             "kind": "theme"}])  # fmt: skip
    rows = [{"channel": "instagram", "move": "comment", "start": "2027-05-16 11:00",
             "topic": TOPIC, "seq": seq} for seq in range(4)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        first, _, rest = entry.prompt.partition(". ")
        assert "came to the intro to darkroom printing yesterday" in first, entry.prompt
        assert "film stocks for flat light" in rest, entry.prompt
