"""Notes before Easter closed on "What makes a really good long weekend for you?" and „Was
gehört für euch zu einem richtig guten langen Wochenende?“, which four reviewers read as a
line any account could post (r445, r447, r452, r453).

The questions before public holidays name the days, or what people make time for on them.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import build
from tests.test_threads import make


@pytest.mark.parametrize(("language", "region"), [("de", "DE-BW"), ("en", "GB-ENG")])
def test_no_note_before_easter_asks_about_a_good_long_weekend(language: str, region: str) -> None:
    notes = []
    for seed in range(4):
        strategy = make(language=language, region=region, start=date(2027, 1, 11), months=3,
                        client=f"team-{seed}")  # fmt: skip
        notes += [e.prompt for e in build(strategy).entries if e.move == "away"]
    assert len(notes) >= 4
    assert not [n for n in notes if "good long weekend" in n or "guten langen Wochenende" in n]
