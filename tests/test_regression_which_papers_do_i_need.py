"""A funeral home's question „Welche Unterlagen brauche ich für die Sterbeurkunde?“ went to a
seniors' group and into a reply round as the team's own (r561 writer): worded as people ask
the team, it is answered in the team's own posts and never put to others; so is whether a
woodland burial is possible without a church, which a story prompt asked people to tell.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Welche Unterlagen brauche ich für die Sterbeurkunde?", "de"),
        ("Welche Papiere muss ich zum Termin mitbringen?", "de"),
        ("Which documents must I bring to register a death?", "en"),
        ("Ist eine Baumbestattung im Friedwald auch ohne Kirchenzugehörigkeit möglich?", "de"),
        ("Is a woodland burial possible without a church service?", "en"),
    ],
)
def test_a_question_for_what_the_asker_needs_is_one_for_the_team(
    question: str, language: str
) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Welche Sorte magst du am liebsten?", "de"),
        ("Which song would you bring to the session?", "en"),
        ("Ist es für dich möglich, samstags zu helfen?", "de"),
        ("Is it possible for you to come on Saturdays?", "en"),
    ],
)
def test_a_question_about_the_reader_is_not(question: str, language: str) -> None:
    assert not asks_the_team(question, language)
