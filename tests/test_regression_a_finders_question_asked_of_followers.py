"""Regression: „Poste … die Frage „Ich habe im Januar einen Igel im Garten gesehen – braucht
der Hilfe?““ (r624).

A hedgehog rescue's writer listed the question finders ask it; the plan put it to the
station's followers as if the station did not know. What the asker saw or has, told in the
first person before a question that addresses nobody, is a question people ask the team.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("Ich habe im Januar einen Igel im Garten gesehen – braucht der Hilfe?", "de", True),
        ("Ich hab einen Vogel gefunden – was mache ich jetzt?", "de", True),
        ("Ich war gestern im Park – wohin mit dem Fundtier?", "de", True),
        ("Ich habe gestern einen Igel gesehen – habt ihr auch schon einen entdeckt?", "de", False),
        ("I found a hedgehog out in the day – does it need help?", "en", True),
        ("I tried a new glaze last week – have you ever used ash?", "en", False),
    ],
)
def test_a_finders_question_is_asked_of_the_team(
    question: str, language: str, expected: bool
) -> None:
    assert asks_the_team(question, language) is expected
