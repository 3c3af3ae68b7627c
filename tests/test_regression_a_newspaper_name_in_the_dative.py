"""A model railway club's prompt named „Miriam Lautenschläger vom Oberhessischer Bote“: the
newspaper's adjective and its head word stayed in the nominative after „vom“ (r301 writer).
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken


@pytest.mark.parametrize(
    ("row", "said"),
    [
        (
            "Oberhessischer Bote – Miriam Lautenschläger",
            "Miriam Lautenschläger vom Oberhessischen Boten",
        ),
        ("Allgemeiner Anzeiger – Jo Brandt", "Jo Brandt vom Allgemeinen Anzeiger"),
        # A town's adjective does not change.
        ("Kirchbrunner Anzeiger – Jo Brandt", "Jo Brandt vom Kirchbrunner Anzeiger"),
    ],
)
def test_a_newspaper_after_vom_is_in_the_dative(row: str, said: str) -> None:
    assert spoken(row, "de") == said
