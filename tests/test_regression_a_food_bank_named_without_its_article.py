"""A social department store's prompt read „von Tafel Hollerstedt“ (r348): the organisation
words „Tafel“, „Diakonie“, „Caritas“ and a „…hilfe“ gave no gender, so the name stood bare.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import genus


@pytest.mark.parametrize(
    "name", ["Tafel Hollerstedt", "Diakonie Hollerstedt", "Nachbarschaftshilfe Süd", "Caritas"]
)
def test_a_welfare_organisation_is_feminine(name: str) -> None:
    assert genus(name) == "f"
