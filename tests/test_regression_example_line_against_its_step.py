"""Example lines that said the opposite of the step before them.

A blind reviewer of an IT firm's sample found: "help each person with one concrete step",
then “Thanks! That's easier to show than to write – how about meeting …?”; a note that named
what to bring up (“his Cyber Essentials questionnaire”), then “Thanks again for … – it helped
more than you'd think”, after "something of theirs"; and a thank-you to someone who answered
another member's question: “Your … helped us more than you'd think – are you still working on
it?”. The lines now follow their step.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import ROOT

STRUCK = (
    r"easier to show than to write",
    r"something of theirs did for you",
    r"are you still working on it\?",
)
CALENDARS = sorted((ROOT / "tests" / "golden").glob("*/calendar.csv"))


@pytest.mark.parametrize("calendar", CALENDARS, ids=[c.parent.name for c in CALENDARS])
def test_lines_follow_their_step(calendar: Path) -> None:
    text = calendar.read_text(encoding="utf-8")
    assert not [phrase for phrase in STRUCK if re.search(phrase, text)]
