"""A debt advice charity's post asked its followers „Will anyone at the library know why I'm
there?“, a client's own worry, and a week later gathered "the answers" to it (r387 writer).
A question in the asker's own "I'm", "I've", "I'll" or "I'd", with no "you", is one people
ask the team: answered in its own posts, never put to others.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "theirs"),
    [
        ("Will anyone at the library know why I'm there?", True),
        ("I've found a bat on the patio – is it hurt?", True),
        ("Which song would you open the busk with?", False),
        ("What would you ask if I'm honest with you?", False),
    ],
)
def test_the_askers_own_worry_is_a_question_to_the_team(question: str, theirs: bool) -> None:
    assert asks_the_team(question, "en") is theirs
