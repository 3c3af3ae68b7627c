"""A violin workshop's prompts read „was Jugendsinfonieorchester Göttingen zuletzt gepostet
hat“ and „Such einen aktuellen Beitrag von Jugendsinfonieorchester Göttingen“: the gender of
orchestras, ensembles, choirs and circles was not known. They take their article now.
"""

from __future__ import annotations

import pytest

from dialogplan.names import declined


@pytest.mark.parametrize(
    ("name", "case", "said"),
    [
        ("Jugendsinfonieorchester Göttingen", "von", "vom Jugendsinfonieorchester Göttingen"),
        ("Jugendsinfonieorchester Göttingen", "nom", "das Jugendsinfonieorchester Göttingen"),
        ("Ensemble Kontraste", "dat", "dem Ensemble Kontraste"),
        ("Kirchenchor St. Marien", "akk", "den Kirchenchor St. Marien"),
        ("Freundeskreis Musikschule", "bei", "beim Freundeskreis Musikschule"),
        ("Ausbildungsteam Nord", "dat", "dem Ausbildungsteam Nord"),
    ],
)
def test_an_ensemble_takes_its_article(name: str, case: str, said: str) -> None:
    assert declined(name, case) == said
