"""„Wir sind gerade wieder auf dein Beitrag über Spikereifen gekommen“ (r603): „Beitrag“ had no
gender the prompts knew, so the note the team kept on a blogger stayed in the nominative. What
people write takes its case.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import accusative


@pytest.mark.parametrize(
    ("noted", "after_auf"),
    [
        ("dein Beitrag über Spikereifen", "deinen Beitrag über Spikereifen"),
        ("{dein|Ihr} Artikel zum Stadtfest", "{deinen|Ihren} Artikel zum Stadtfest"),
        ("ihr Bericht vom Zeltlager", "ihren Bericht vom Zeltlager"),
        ("deine Geschichte vom Zeltlager", "deine Geschichte vom Zeltlager"),
    ],
)
def test_what_people_write_takes_the_accusative(noted: str, after_auf: str) -> None:
    assert accusative(noted) == after_auf
