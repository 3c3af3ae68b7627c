"""Regression: lines written for another kind of team (r408).

A Morris side's writer and reviewer read "Comment on a recent project by someone you know and
ask how it was made" aimed at pub and fête pages, "How do you handle this yourselves?" closing a
share about village fêtes, and "Great point about …" under Instagram photos of dancing. A
fallback, a closing line and an example line fit any team and any post.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dialogplan.prompt_templates import template_dir
from tests.support import GOLDEN_CALENDARS, struck_phrases_in

STRUCK = (r"recent project by someone you know", r"how it was made",
          r"handle this yourselves", r"Great point about")  # fmt: skip


def test_no_english_template_says_them() -> None:
    said = sorted(
        f"{path.name}: {pattern}"
        for path in (template_dir() / "en").glob("*.j2")
        for pattern in STRUCK
        if re.search(pattern, path.read_text(encoding="utf-8"))
    )
    assert said == []


@pytest.mark.parametrize(
    "calendar", GOLDEN_CALENDARS, ids=[c.parent.name for c in GOLDEN_CALENDARS]
)
def test_no_example_says_them(calendar: Path) -> None:
    assert not struck_phrases_in(calendar, STRUCK)
