"""„Gestern war Pfingstzeltlager“ (stop 50's last review).

A youth fire brigade's camp had no article: „…lager“ was not among the known endings, so the
look back built its sentence without one. A camp is „das Lager“.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import genus


@pytest.mark.parametrize("noun", ["Pfingstzeltlager", "Trainingslager", "Ferienlager"])
def test_a_camp_is_neuter(noun: str) -> None:
    assert genus(noun) == "n"
