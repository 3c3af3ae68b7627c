"""A youth centre's newsletter made people look forward to „das Infoabend fürs Ehrenamt“
(r320): the gender was read from „Ehrenamt“, after a „fürs“ the cut words did not know, and
„Lesung an der Mühle“ was cut at „der“ first, leaving „Lesung an“.

The head word of a short form ends at the first word that joins another noun to it.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import genus


@pytest.mark.parametrize(
    ("short", "gender"),
    [
        ("Infoabend fürs Ehrenamt", "m"),
        ("Grillfest beim Bootshaus", "n"),
        ("Ausflug ins Moor", "m"),
        ("Lesung an der Mühle", "f"),
        ("Führung zu den Hinterhöfen", "f"),
    ],
)
def test_the_head_word_decides_the_article(short: str, gender: str) -> None:
    assert genus(short) == gender
