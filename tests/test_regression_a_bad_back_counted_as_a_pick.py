"""Regression: "Which everyday jobs … set your back off?" read as a pick (r496).

A physiotherapy clinic's thank-you said to "line up the picks, the favourite first" after a
question about what hurts people's backs. A question about what sets off or hurts draws
people's troubles, not favourites.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of


@pytest.mark.parametrize(
    "question",
    ["Which everyday jobs around the house or farm set your back off?",
     "Which gardening job makes your knees ache most?"],
)  # fmt: skip
def test_what_hurts_is_a_problem(question: str) -> None:
    assert talk_of(question, "en") == "problem"


def test_a_recommendation_is_still_a_pick() -> None:
    assert talk_of("Which walk would you recommend?", "en") == "taste"
