"""A dog groomer's "How do you know when your dog's nails are too long?" was taken for a
question owners ask the groomer, and never put to them (r473 writer): it asks about the
reader's own dog. "How can you tell if the frame is still sound?" is still one people ask.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "theirs"),
    [
        ("How do you know when your dog's nails are too long?", False),
        ("How can you tell when your bike needs a new chain?", False),
        ("How can you tell if the frame of an old armchair is still sound?", True),
    ],
)
def test_a_question_about_the_readers_own_is_put_to_them(question: str, theirs: bool) -> None:
    assert asks_the_team(question, "en") is theirs
