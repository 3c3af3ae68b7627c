"""A swim school's reply round began "Return to your invitation from earlier today to your
instructor vacancy".

An opening was named like an event the post had invited to. The post about a job is now
"your post about" it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

VACANCY = {
    "title": "Instructor vacancy",
    "short": "our instructor vacancy",
    "from": date(2027, 3, 1),
    "until": date(2027, 5, 31),
}
GOAL = {"id": "team", "text": "Recruit one more swimming instructor", "invite": VACANCY["title"]}
ANNOUNCE: dict[str, Any] = {
    "channel": "facebook",
    "move": "announce",
    "goal": "team",
    "announce": VACANCY["title"],
    "start": "2027-03-22 09:00",
}


def test_the_post_about_an_opening_is_no_invitation() -> None:
    strategy = make(language="en", goals=[GOAL], offers=[VACANCY], channels={"facebook": {}})
    reply = {**ANNOUNCE, "move": "reply", "announce": "", "follows": 0, "start": "2027-03-22 18:00"}
    prompt = render(strategy, entries(strategy, [ANNOUNCE, reply]))[1].prompt
    assert "your post from earlier today about" in prompt and "your invitation" not in prompt
