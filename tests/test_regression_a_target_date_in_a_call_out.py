"""Regression: "We're looking for eight new volunteers for the kitchen rota by the end of
March" (r635).

A community kitchen's goal named its target date, and its call-outs told neighbours the date
as if they were the team's plan. A call-out says whom the team looks for, not by when.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import sought


@pytest.mark.parametrize(
    ("goal", "language", "said"),
    [
        ("Find eight new volunteers for the kitchen rota by the end of March", "en",
         "eight new volunteers for the kitchen rota"),
        ("Find two trainee skippers before the summer", "en", "two trainee skippers"),
        ("Find a volunteer for the shop by the station", "en",
         "a volunteer for the shop by the station"),
        ("Acht neue Ehrenamtliche für die Küche bis Ende März finden", "de",
         "acht neue Ehrenamtliche für die Küche"),
        ("Zwei neue Übungsleiterinnen für die Jugend bis Mai finden", "de",
         "zwei neue Übungsleiterinnen für die Jugend"),
    ],
)  # fmt: skip
def test_a_call_out_leaves_the_date_out(goal: str, language: str, said: str) -> None:
    assert sought(goal, language) == said
