"""Regression: „… – klingt gut! Wie bist du darauf gekommen?“ after „Welches Hefeteig-Rezept
hast du von deiner Oma übernommen?“ (r661).

A village shop asked which recipe people had from their grandmother, and the reply round
answered as if they had picked it. Something handed down is told with its story.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of


@pytest.mark.parametrize(
    ("question", "language", "talk"),
    [
        ("Welches Hefeteig-Rezept hast du von deiner Oma übernommen?", "de", "story"),
        ("Was hast du vom Opa über das Angeln gelernt?", "de", "story"),
        ("Which recipe did you take over from your gran?", "en", "story"),
        ("Welches Rezept backst du am liebsten?", "de", "taste"),
        ("Which loaf do you buy most often?", "en", "taste"),
    ],
)
def test_something_handed_down_is_a_story(question: str, language: str, talk: str) -> None:
    assert talk_of(question, language) == talk
