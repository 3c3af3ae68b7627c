"""A circus school's newsletter put „Ab welchem Alter kann man mit Zirkus anfangen?“ to its
readers, with „Sag davor kurz, wo es dabei … am häufigsten hakt“ (r232): parents ask the school
that, and the school answers it. From what age something works is now a customers' question;
about the reader, it stays theirs.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language", "theirs"),
    [
        ("Ab welchem Alter kann man mit Zirkus anfangen?", "de", True),
        ("From what age can children start circus?", "en", True),
        ("Ab welchem Alter hast du jonglieren gelernt?", "de", False),
        ("At what age did you first juggle?", "en", False),
    ],
)
def test_from_what_age_is_asked_of_the_team(question: str, language: str, theirs: bool) -> None:
    assert asks_the_team(question, language) is theirs
