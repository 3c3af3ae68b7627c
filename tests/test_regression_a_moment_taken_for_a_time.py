"""A translator's reply round under "When did a clear sentence in a manual save you a call to
the service hotline?" said "ask how they know it has come" and “Makes sense – how do you know
it's time?” (r546): a question about a moment gone by was read as one about a time of year.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_for, talk_of


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("When did a clear sentence in a manual save you a call to the service hotline?", "en"),
        ("When was a storm the reason you changed your plans?", "en"),
        ("Wann hat dir ein klarer Satz einen Anruf erspart?", "de"),
    ],
)
def test_a_moment_gone_by_is_a_story(question: str, language: str) -> None:
    assert talk_of(question, language) == "story"
    assert asks_for(question, language) != "time"


@pytest.mark.parametrize(
    ("question", "language"),
    [("When do you sow your first beans?", "en"), ("Wann säst du die ersten Bohnen?", "de")],
)
def test_a_time_of_year_stays_a_time(question: str, language: str) -> None:
    assert asks_for(question, language) == "time"
