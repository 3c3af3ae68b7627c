"""A men's shed answered "Which old hand tool would you never part with?" as a pick.

The reply round's line was "Good choice! What won you over?": a tool someone keeps for
life comes with a story, not a reason for a choice. A question about what someone would
never part with now draws the follow-ups for stories.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of


@pytest.mark.parametrize(
    ("question", "language"),
    [("Which old hand tool would you never part with?", "en"),
     ("Welches Werkzeug würdest du nie hergeben?", "de")],
)  # fmt: skip
def test_what_someone_would_never_part_with_is_a_story(question: str, language: str) -> None:
    assert talk_of(question, language) == "story"
