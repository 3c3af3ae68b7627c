"""Regression: "Close with “Which conditions can the pharmacist treat for free in Wales?”" (r629).

A pharmacy's story ended in the question people ask it about its own service, and the reply
round after it told the team to answer each "pick" with its own. A question about what the
trade can treat, fix or repair for the asker is one people ask the team: a post answers it.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which conditions can the pharmacist treat for free in Wales?", True),
        ("What can a plumber fix on a Sunday?", True),
        ("Which film can the club show next?", False),
        ("Which winter remedy do you swear by?", False),
    ],
)
def test_what_the_trade_can_do_is_asked_of_the_team(question: str, expected: bool) -> None:
    assert asks_the_team(question, "en") is expected
