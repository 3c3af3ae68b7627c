"""Regression: lines the last two reviewers of a session struck (r677, r678).

„Ende mit einer Frage“ in a cinema's note before its break, a calque of "end with"; "ends in
one question" above an example line with two, in a dog groomer's post after its puppy
session; and "May we come back to you on it?", which nobody says, in its thanks.
"""

from __future__ import annotations

import pytest

from tests.support import ROOT, build, load_plan

STRATEGIES = ROOT / "tests" / "strategies"
STRUCK = {
    "feuerwehr-oberwiesbach.yaml": "Ende mit ",
    "clean-tides-surf.yaml": "Did anyone else spot",
}


@pytest.mark.parametrize(("name", "struck"), STRUCK.items())
def test_the_struck_line_stays_out(name: str, struck: str) -> None:
    prompts = [e.prompt for e in build(load_plan(STRATEGIES / name)).entries]
    assert not [p for p in prompts if struck in p]


def test_nobody_is_asked_whether_we_may_come_back_to_them() -> None:
    plan = ROOT / "plans" / "harbourline-advisory" / "strategy.yaml"
    prompts = [e.prompt for e in build(load_plan(plan)).entries]
    assert not [p for p in prompts if "come back to you on it" in p]
