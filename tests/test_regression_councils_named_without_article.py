"""A care union's story said „schick Seniorenbeirat Landkreis Auetal einen kurzen Hinweis“.

A council (a „Beirat“, „Betriebsrat“ or „Elternrat“) was not known as an organisation: it was
named like a person, without the article German needs. It is now „dem Seniorenbeirat …“, and
named in full the second time.
"""

from __future__ import annotations

import pytest

from dialogplan.names import declined, first_name


@pytest.mark.parametrize(
    ("name", "case", "said"),
    [
        ("Seniorenbeirat Landkreis Auetal", "dat", "dem Seniorenbeirat Landkreis Auetal"),
        ("Betriebsrat Klinikum Nord", "akk", "den Betriebsrat Klinikum Nord"),
        ("Elternrat Grundschule Lindenweg", "von", "vom Elternrat Grundschule Lindenweg"),
    ],
)
def test_a_council_gets_its_article(name: str, case: str, said: str) -> None:
    assert declined(name, case) == said
    assert first_name(name) == name
