"""„Schreib Weinhandlung auf Instagram …“: a wine merchant's name was cut to its first word.

A winery's congratulation to „Weinhandlung Brückner“ took „Weinhandlung“ for a first name.
Merchants, wineries and cellars are organisations and keep their whole name.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name


@pytest.mark.parametrize(
    "name",
    ["Weinhandlung Brückner", "Buchhandlung Lesezeichen", "Weingut Hahnenberg",
     "Kellerei Mosel", "Volkssternwarte Ebersberg", "Hospiz Am Park"],
)  # fmt: skip
def test_a_trade_name_keeps_its_whole_name(name: str) -> None:
    assert first_name(name) == name
