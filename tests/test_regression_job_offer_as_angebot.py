"""A physio practice's job opening read „eurem Angebot „Therapeutenstelle““.

The gender of „Stelle“ was unknown, so prompts fell back to quoting the short form after
„Angebot“. The words of job openings now have their gender („die Therapeutenstelle“, „der
Ausbildungsplatz“, „das Praktikum“), and prompts build them into the sentence.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import genus


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("Therapeutenstelle", "f"),
        ("Ausbildungsplatz", "m"),
        ("Praktikum", "n"),
        ("Stellenangebot", "n"),
        ("Minijob", "m"),
    ],
)
def test_the_words_of_a_job_opening_have_their_gender(noun: str, gender: str) -> None:
    assert genus(noun) == gender
