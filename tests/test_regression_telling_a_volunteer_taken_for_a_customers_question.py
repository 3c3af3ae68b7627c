"""Regression: "How do you tell a long-standing volunteer that a role has changed?" and "How do
you spot burnout in your volunteers?" were said to be questions people put to the team (r668
writer).

An HR consultant asked charity managers about their own practice. Telling someone something,
and spotting something in one's own work, are the reader's; "How can you tell if …?" is still
a question people ask the team.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "team"),
    [
        ("How do you tell a long-standing volunteer that a role has changed?", False),
        ("How do you spot burnout in a team of volunteers?", False),
        ("How can you tell if the frame of an old armchair is still sound?", True),
        ("How do you know whether a kayak is the right size?", True),
    ],
)
def test_the_reader_s_own_practice_is_asked_of_the_reader(question: str, team: bool) -> None:
    assert asks_the_team(question, "en") is team
