"""„Ulrike Brandl von Pflegestützpunkt Landkreis Sigmaringen“ (r431 writer).

A day-care centre's contact worked at a care advice point, and prompts named her organisation
without its article: „…punkt“ was not among the known endings. A point is „der Punkt“: „vom
Pflegestützpunkt“, „am Treffpunkt“.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import genus


@pytest.mark.parametrize(
    "noun", ["Pflegestützpunkt Landkreis Sigmaringen", "Treffpunkt", "Familienstützpunkt"]
)
def test_a_point_is_masculine(noun: str) -> None:
    assert genus(noun) == "m"
