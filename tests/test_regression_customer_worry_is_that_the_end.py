"""„Some keys stick in damp weather – is that the end of the piano?“ was put to a group by the
piano technicians themselves.

It is a piano owner's worry, asked of the workshop, but it starts with no „I“, so it counted
as a question for the members. Asking whether what one sees is normal, bad or the end is now
a question to the team, in both languages.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Some keys stick in damp weather – is that the end of the piano?", "en"),
        ("The pedal squeaks when it's cold – is that normal?", "en"),
        ("Einige Tasten klemmen bei feuchtem Wetter – ist das das Ende?", "de"),
        ("Das Pedal quietscht im Winter – ist das schlimm?", "de"),
    ],
)
def test_a_worry_about_what_one_sees_is_asked_of_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)
