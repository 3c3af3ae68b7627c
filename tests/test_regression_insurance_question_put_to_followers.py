"""An orthopaedic workshop's own post asked its followers „Wie oft zahlt die Krankenkasse neue
Einlagen?“ and promised to sum up the guesses (r244): a question people ask the trade, which
the workshop should answer. What insurance pays for is one of those now, in both languages;
a question about the reader's own insurance stays theirs.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language", "theirs"),
    [
        ("Wie oft zahlt die Krankenkasse neue Einlagen?", "de", True),
        ("Übernimmt die Kasse die Kosten für Maßschuhe?", "de", True),
        ("Does insurance cover custom insoles?", "en", True),
        ("How often will the NHS pay for new insoles?", "en", True),
        ("Hat deine Krankenkasse schon einmal Einlagen bezahlt?", "de", False),
        ("Has your insurance ever paid for a repair?", "en", False),
    ],
)
def test_what_insurance_pays_is_asked_of_the_team(
    question: str, language: str, theirs: bool
) -> None:
    assert asks_the_team(question, language) is theirs
