"""Regression: the day before a software firm's Dev Night, a reply round said nothing of it (r485).

The round was on the topic of first developer jobs, for the goal of being known to juniors;
the Dev Night was for another goal the same channel serves, and only the entry's own goal's
events counted, even on the eve. On an event's eve and on its day, any event for the
channel's people is the team's news.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GOALS = [
    {"id": "devnight", "text": "Keep the Dev Night full", "who": "developers in Calderbridge",
     "invite": ["Dev Night"]},
    {"id": "hiring", "text": "Be known as a good first job", "who": "junior developers"},
]  # fmt: skip
TOPIC = {"title": "Getting a first developer job", "kind": "theme", "goals": ["hiring"]}
NIGHT = {"title": "Dev Night", "short": "the Dev Night", "date": date(2027, 3, 25),
         "topics": ["Dev Night talks"]}  # fmt: skip


def test_the_reply_round_on_the_eve_names_the_night() -> None:
    strategy = make(language="en", goals=GOALS, events=[NIGHT],
                    topics=[TOPIC, {"title": "Dev Night talks", "goals": ["devnight"]}],
                    channels={"mastodon": {"goals": ["devnight", "hiring"]}})  # fmt: skip
    rows = [{"channel": "mastodon", "move": "reply", "topic": TOPIC["title"], "goal": "hiring",
             "start": "2027-03-24 17:00"}]  # fmt: skip
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert "Dev Night tomorrow" in prompt
