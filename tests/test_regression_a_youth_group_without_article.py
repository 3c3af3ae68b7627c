"""Regression: „Paula Grieshaber von Naturschutzjugend Weschnitztal“ (r415 writer).

A hikers' hostel named a contact's youth organisation without its article. A „…jugend“ is
feminine: „von der Naturschutzjugend Weschnitztal“.
"""

from __future__ import annotations

from dialogplan.names import spoken


def test_a_youth_group_takes_its_article() -> None:
    assert spoken("Naturschutzjugend Weschnitztal – Paula Grieshaber", "de") == (
        "Paula Grieshaber von der Naturschutzjugend Weschnitztal"
    )
