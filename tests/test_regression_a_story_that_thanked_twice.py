"""Regression: "Thank everyone who came … Then ask “Thank you for coming! Which moment stayed
with you?”" (r666), and "Finish with “Which of these would be your pick?”" after people had
picked between two (r666).

A bookshop's story after its author evening thanked twice, the second time as its question;
its story after an either-or question asked for the pick people had just given.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries, weekly_rounds
from tests.test_threads import make

EVENING = {"title": "An evening with Tomás Reyland", "short": "the evening with Tomás Reyland",
           "date": date(2027, 3, 18), "time": "19:00-21:00"}  # fmt: skip
CHOICE = "Do you reread old favourites in winter, or go looking for something new?"


def test_a_story_after_an_event_thanks_once() -> None:
    strategy = make(language="en", events=[EVENING], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "story", "seq": n,
             "start": f"2027-03-{19 + n // 2} {10 + n}:00"} for n in range(8)]  # fmt: skip
    for prompt in [e.prompt for e in render(strategy, entries(strategy, rows))]:
        assert "“Thank you for coming" not in prompt, prompt
        assert "“Thanks to everyone who came" not in prompt, prompt


def test_a_story_after_a_choice_asks_what_decided_it() -> None:
    topic = {"title": "Winter reading", "kind": "theme", "talk": "taste", "questions": [CHOICE]}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}},
                    start=date(2027, 1, 4), months=3)  # fmt: skip
    rows = weekly_rounds("facebook", topic["title"], "story", date(2027, 1, 4), 6, 3)
    stories = [e.prompt for e in render(strategy, entries(strategy, rows))
               if e.move == "story" and CHOICE in e.prompt]  # fmt: skip
    assert stories
    for prompt in stories:
        assert "be your pick" not in prompt and "Is your pick among them" not in prompt, prompt
