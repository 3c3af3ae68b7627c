"""„Welche Regenhose hält bei dir wirklich dicht?“ got replies meant for stories.

A courier collective asked its followers which rain trousers stay dry, under a topic of
stories about riding in all weathers. The reply round offered sympathy „if it went badly“ and
asked „Was ist dir davon am meisten geblieben?“ of someone who had named a brand. A question
that starts with „welche“ or "which" asks for a pick, whatever its topic's ``talk`` says
(unless it asks for a first or best time, which is a story).
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of


@pytest.mark.parametrize(
    ("question", "language", "talk"),
    [
        ("Welche Regenhose hält bei dir wirklich dicht?", "de", "taste"),
        ("Welches Schloss nimmst du fürs Lastenrad?", "de", "taste"),
        ("Which rain trousers really stay dry for you?", "en", "taste"),
        ("Which was your first bike?", "en", "story"),
        ("Was war dein schönster Moment auf dem Rad?", "de", "story"),
    ],
)
def test_a_which_question_asks_for_a_pick(question: str, language: str, talk: str) -> None:
    assert talk_of(question, language) == talk
