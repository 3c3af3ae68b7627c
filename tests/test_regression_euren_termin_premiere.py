"""An amateur theatre's prompts said „euren Termin „Premiere““ three times in a sample (r543):
the gender of „Premiere“ was unknown, so it stood in quotes after a stand-in noun. A stage's
evenings have their article: „zur Premiere“.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import genus


@pytest.mark.parametrize("noun", ["Premiere", "Derniere", "Kochshow", "Revue", "Operette"])
def test_a_stages_evenings_are_feminine(noun: str) -> None:
    assert genus(noun) == "f"
