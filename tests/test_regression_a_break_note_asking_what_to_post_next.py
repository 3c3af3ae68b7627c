"""Regression: "What should our first post after the break be about?" beside the team's own
event (r484, r485, r486).

A software firm's note before half-term named its Dev Night twelve days on and asked what its
first post should be about; a garden club's named its seed swap and asked the same. Its
reviewers wanted a question about the event. With an event after a short break, the note asks
its own question, or who is coming.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.support import build
from tests.test_threads import make

BLACKOUT = [{"from": date(2027, 2, 15), "to": date(2027, 2, 19), "reason": "half-term"}]
NIGHT = {"title": "Dev Night", "short": "the Dev Night", "date": date(2027, 2, 25)}
QUESTION = "What would you like to hear a lightning talk about?"


def note(language: str, event: dict[str, Any]) -> str:
    strategy = make(language=language, start=date(2027, 1, 11), months=2, blackout=BLACKOUT,
                    region="GB-ENG", events=[event],
                    channels={"mastodon": {"hours_per_week": 2}})  # fmt: skip
    return next(e.prompt for e in build(strategy).entries if e.move == "away")


def test_the_note_asks_the_events_own_question() -> None:
    prompt = note("en", {**NIGHT, "question": QUESTION})
    assert QUESTION in prompt and "first post after the break" not in prompt


SWAP = {"title": "Saatguttauschbörse", "short": "Saatguttauschbörse", "date": date(2027, 2, 25)}


@pytest.mark.parametrize(
    ("language", "event", "asked"),
    [("en", NIGHT, "Who's coming to the Dev Night?"),
     ("de", SWAP, "Wer von euch kommt zur Saatguttauschbörse am 25. Februar?")],
)  # fmt: skip
def test_without_one_it_asks_who_is_coming(
    language: str, event: dict[str, Any], asked: str
) -> None:
    assert asked in note(language, event)
