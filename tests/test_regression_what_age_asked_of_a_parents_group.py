"""Regression: "What age can they start at?" asked of a parents' group (r524).

A rugby section's own topic held the question parents ask the club; the group post on no
topic put it to the members as one about their own experience. "From what age" was known as
a question people ask the trade; "what age can …" now is too, in both languages.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("What age can they start at?", "en", True),
        ("Which age should children start at?", "en", True),
        ("What age did you start at?", "en", False),
        ("Mit welchem Alter können Kinder anfangen?", "de", True),
        ("Mit welchem Alter hast du angefangen?", "de", False),
    ],
)
def test_what_age_is_a_question_for_the_team(question: str, language: str, expected: bool) -> None:
    assert asks_the_team(question, language) is expected
