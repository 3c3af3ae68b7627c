"""A language school asked "Which Spanish or Italian dish did you get wrong the first time you
made it?", and the thank-you round told it to "say which pick came up most, and ask the ones
who chose otherwise what decided it" (r690): the "or" between two cuisines was read as a choice.
A question about what went wrong the first time asks for a story, in English and in German.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import offers_choice, talk_of

MISHAPS = [
    ("en", "Which Spanish or Italian dish did you get wrong the first time you made it?"),
    ("de", "Welches spanische oder italienische Gericht ist dir beim ersten Mal misslungen?"),
]


@pytest.mark.parametrize(("language", "question"), MISHAPS)
def test_a_mishap_is_a_story_not_a_choice(language: str, question: str) -> None:
    assert not offers_choice(question, language)
    assert talk_of(question, language) == "story"


@pytest.mark.parametrize(
    ("language", "question"), [("en", "Tea or coffee?"), ("de", "Tee oder Kaffee?")]
)
def test_a_plain_choice_stays_one(language: str, question: str) -> None:
    assert offers_choice(question, language)
