"""Regression: an escape room's reply round on the last day to book its taster (r625).

Its LinkedIn talked to HR managers about first games; the taster afternoon their goal invites
to could be booked until that evening, and the round never said so: the event was five days
off and on another topic. On the last day to sign up, work with a goal's people names the
event it invites to, and says today is the last day.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TASTER = {"title": "Team-building taster afternoon", "short": "the taster afternoon",
          "date": date(2027, 4, 17), "time": "14:00-16:30", "topics": ["Team days"],
          "details": "Free for office managers, book by 12 April"}  # fmt: skip
GOALS = [{"id": "teams", "text": "Team days for local firms", "invite": [TASTER["title"]]}]
TOPICS = [{"title": "First-timer tips", "kind": "theme"}, {"title": "Team days", "kind": "theme"}]


def _round(day: int) -> str:
    strategy = make(language="en", goals=GOALS, topics=TOPICS, events=[TASTER],
                    channels={"linkedin": {"goals": ["teams"]}})  # fmt: skip
    rows = [{"channel": "linkedin", "move": "reply", "topic": "First-timer tips", "seq": 0,
             "goal": "teams", "start": f"2027-04-{day:02d} 17:00"}]  # fmt: skip
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    return prompt


def test_the_last_day_to_book_is_named() -> None:
    prompt = _round(12)
    assert "taster afternoon" in prompt, prompt
    assert "today is the last day to book" in prompt, prompt


def test_the_day_before_it_says_nothing_of_a_last_day() -> None:
    assert "last day" not in _round(11)
