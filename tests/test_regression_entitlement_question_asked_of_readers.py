"""A hearing-aid shop's newsletter asked its readers „Wie oft bekomme ich ein neues Hörgerät von
der Kasse?“.

The question is one customers ask the shop, in their own words: what they are entitled to and
what they pay. It was put back to the readers as if they knew. Questions with „bekomme ich“,
„zahle ich“ and "do I get", "can I claim" are now questions people ask the team: a post answers
them and asks what others would add.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie oft bekomme ich ein neues Hörgerät von der Kasse?", "de"),
        ("Was zahle ich bei einem Hörgerät selbst dazu?", "de"),
        ("How often do I get a new hearing aid on the NHS?", "en"),
        ("Can I claim the cost back?", "en"),
    ],
)
def test_what_someone_gets_or_pays_is_asked_of_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)
