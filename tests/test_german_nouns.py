"""German short forms get an article only where the head word's ending decides it."""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import genus


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("Hoffest", "n"),
        ("Spargelzeit", "f"),
        ("Infoabend", "m"),
        ("Lauftreff mit Aufwärmtraining", "m"),  # „der Lauftreff“, not „unser Termin ‚…‘“
        ("Sommerferien", "pl"),
        ("Tag der offenen Tür", "m"),  # the head word ends before „der“
        ("Sprechstunde am Freitag", "f"),
        ("Instrumentenkarussell", "n"),
        ("Frühjahrsmessen", "pl"),  # „in den Frühjahrsmessen“, not „im“ as after „Essen“
        ("Übersetzungspreise", "pl"),  # „die Preise steigen“: a plural verb, not „Reise“
        ("Onleihe", ""),  # no ending decides it: the prompt goes without an article
    ],
)
def test_the_head_word_s_ending_decides(noun: str, gender: str) -> None:
    assert genus(noun) == gender
