"""A furniture charity's post to its neighbourhood group asked the members "Why can't you take
my sofa if it's in perfect condition?" (r325 writer and reviewer): a donor's complaint in
their own words, which the charity answers.

A question in the asker's own words about what the team will not do is one people ask the
team: own posts answer it, and no group is asked it.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Why can't you take my sofa if it's in perfect condition?", "en"),
        ("Why won't you collect my wardrobe?", "en"),
        ("Warum nehmt ihr mein Sofa nicht, obwohl es wie neu ist?", "de"),
    ],
)
def test_a_complaint_in_the_askers_words_is_asked_of_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)


def test_a_question_about_others_is_not() -> None:
    assert not asks_the_team("Why do you think people give up on repairs?", "en")
