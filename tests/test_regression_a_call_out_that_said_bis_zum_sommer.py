"""Regression: „Wir suchen gerade bis zum Sommer sechs neue Sängerinnen und Sänger“ (r498).

A gospel choir's call-out kept the goal's deadline, a planning note, because it only knew
counts up to five. By when the team wants them is no part of whom it is looking for.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import sought


@pytest.mark.parametrize(
    ("goal", "said"),
    [("Bis zum Sommer sechs neue Sängerinnen und Sänger gewinnen",
      "sechs neue Sängerinnen und Sänger"),
     ("Bis Ende März zwei Helferinnen und Helfer finden", "zwei Helferinnen und Helfer")],
)  # fmt: skip
def test_the_deadline_is_no_part_of_whom_the_team_seeks(goal: str, said: str) -> None:
    assert sought(goal, "de") == said
