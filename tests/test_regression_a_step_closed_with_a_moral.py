"""Regression: steps closed with a moral, „– so lernen sich Nachbarn kennen“ (r398).

A mountain rescue team's reviewer struck "that's how neighbours meet" and "neighbours who cheer
each other on get noticed" as morals tacked onto a step, the seam "find two posts like this –
an event coming up –", the rules for a loss and a closing pasted under every piece of local
news, and "is it open to everyone? We might come along." from a team that could help instead.
The German steps ended the same way: „das lädt die anderen ein“, „so wird aus … ein Kontakt“.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dialogplan.render import render
from tests.support import GOLDEN_CALENDARS, struck_phrases_in
from tests.test_render import entries
from tests.test_threads import make

MORALS = (
    r"neighbours meet",
    r"cheer each other",
    r"get noticed",
    r"posts like this –",
    r"where it is a closing",
    r"might come along",
    r"lernen sich Nachbarn kennen",
    r"fällt angenehm auf",
    r"wird schneller wahrgenommen",
    r"so wird aus [^.]* ein (?:Kontakt|Gespräch)",
    r"das lädt die anderen ein",
    r"das macht Mut",
)


def local_comments(language: str) -> str:
    strategy = make(language=language, channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "comment", "start": f"2027-03-{day:02} 09:00",
         "topic": "", "place": "local", "seq": day}
        for day in range(1, 29)
    ]  # fmt: skip
    return "\n".join(e.prompt for e in render(strategy, entries(strategy, rows)))


@pytest.mark.parametrize("language", ["en", "de"])
def test_local_comments_give_the_step_without_a_moral(language: str) -> None:
    text = local_comments(language)
    assert ("an event coming up" in text) or ("Veranstaltung" in text)
    assert [m for m in MORALS if re.search(m, text)] == []


@pytest.mark.parametrize(
    "calendar", GOLDEN_CALENDARS, ids=[c.parent.name for c in GOLDEN_CALENDARS]
)
def test_no_example_closes_a_step_with_a_moral(calendar: Path) -> None:
    assert not struck_phrases_in(calendar, MORALS)
