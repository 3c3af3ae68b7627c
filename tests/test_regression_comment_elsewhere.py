"""A named comment's fallback sent the user to "answer a comment of theirs somewhere else".

On Instagram nobody can list another person's comments, and "somewhere else" names no place:
a brewery's reviewer marked it impossible. When a contact has posted nothing new, the
fallback is now a reply to an older post or a few personal lines by message.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from dialogplan.schedule import schedule
from tests.support import ROOT, load_plan


@pytest.mark.parametrize("plan", ["harbourline-advisory", "tischlerei-falk"])
def test_a_named_comment_falls_back_to_something_findable(plan: str) -> None:
    strategy = load_plan(ROOT / "plans" / plan / "strategy.yaml")
    named = [e for e in render(strategy, schedule(strategy)) if e.move == "comment" and e.contact]
    assert len(named) >= 2
    for entry in named:
        assert "somewhere else" not in entry.prompt
        assert "anderswo" not in entry.prompt
