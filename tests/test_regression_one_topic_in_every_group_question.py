"""A fire brigade's group questions were about one theme 15 times out of 26.

Topics took turns per goal across the whole plan: the theme the other channels used least
kept winning on the group channel. They now take turns per channel first, then across the
plan.
"""

from __future__ import annotations

from collections import Counter

from tests.support import ROOT, build, load_plan

BRIGADE = ROOT / "tests" / "strategies" / "feuerwehr-oberwiesbach.yaml"


def test_no_theme_takes_most_group_questions() -> None:
    entries = build(load_plan(BRIGADE)).entries
    asked = Counter(e.topic for e in entries if e.move == "group-ask")
    assert max(asked.values()) <= sum(asked.values()) / 2, asked
