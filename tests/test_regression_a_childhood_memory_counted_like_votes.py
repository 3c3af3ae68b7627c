"""A glazier asked a church-building group „Welches Kirchenfenster hat Sie als Kind
beeindruckt?“, and the summary said „Zähl die Antworten aus und sag, was vorn liegt“ (r454):
memories were counted like votes.

A question about what people saw or loved as children draws memories, in either language.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Welches Kirchenfenster hat Sie als Kind beeindruckt?", "de"),
        ("Welche Orgel aus deiner Kindheit klingt dir bis heute im Ohr?", "de"),
        ("Which church window made an impression on you as a child?", "en"),
        ("Which record did you love growing up?", "en"),
    ],
)
def test_a_childhood_question_draws_stories(question: str, language: str) -> None:
    assert talk_of(question, language) == "story"


def test_a_pick_is_still_a_pick() -> None:
    assert talk_of("Welche Regenhose hält bei dir wirklich dicht?", "de") == "taste"
