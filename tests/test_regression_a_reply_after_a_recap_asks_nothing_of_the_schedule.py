"""Regression: two days after a fire brigade's taster day, the reply round under its look back
told the team to answer every question "with times and procedures", for example „Das läuft
so: … Passt das für dich?“, and then to thank those who came (r584). Under a look back on an
event gone, nobody asks how it works.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Schnuppertag der Jugendfeuerwehr", "short": "Schnuppertag",
         "date": date(2027, 3, 13), "time": "10:00-14:00", "place": "Gerätehaus",
         "topics": ["Aus dem Alltag der Jugendfeuerwehr"]}  # fmt: skip
TOPIC = "Aus dem Alltag der Jugendfeuerwehr"


def test_the_reply_round_after_a_look_back_asks_no_schedule_question() -> None:
    topics = [{"title": TOPIC, "kind": "own"}]
    strategy = make(language="de", topics=topics, events=[EVENT], channels={"instagram": {}})
    row = {"channel": "instagram", "topic": TOPIC, "goal": "sichtbar"}
    replies = []
    for n in range(12):
        rows = [{**row, "move": "story", "start": "2027-03-15 11:00", "seq": n},
                {**row, "move": "reply", "start": "2027-03-15 18:00", "seq": n + 1,
                 "follows_up": "row0@test"}]  # fmt: skip
        story, reply = (e.prompt for e in render(strategy, entries(strategy, rows)))
        assert "Schnuppertag" in story, story
        replies.append(reply)
    assert not [r for r in replies if "Das läuft so" in r], replies
