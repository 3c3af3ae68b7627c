"""Regression: "Good question – here's how we do it: … How is it for you?" (r404).

An alpine nursery's reviewer read "How is it for you?" as German translated word for word
(„Wie ist es bei dir?“), and the how-to line under a post where people told what they had lost
over winter. Example lines ask in English that is spoken: "And for you?", "Where are you with
it at the moment?"
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dialogplan.prompt_templates import template_dir
from tests.support import GOLDEN_CALENDARS, struck_phrases_in

STRUCK = (r"[Hh]ow is it for (?:you|them)", r"here's how \w+ do it: …", r"posts like this:")


def test_no_english_template_says_it() -> None:
    said = {
        path.name: pattern
        for path in (template_dir() / "en").glob("*.j2")
        for pattern in STRUCK
        if re.search(pattern, path.read_text(encoding="utf-8"))
    }
    assert said == {}


@pytest.mark.parametrize(
    "calendar", GOLDEN_CALENDARS, ids=[c.parent.name for c in GOLDEN_CALENDARS]
)
def test_no_example_says_it(calendar: Path) -> None:
    assert not struck_phrases_in(calendar, STRUCK)
