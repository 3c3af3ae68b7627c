"""A dance club's page was sent to comment on „Jonas und Mira Feldhaus“ as a neighbour's page
(r573): „Feldhaus“ ends like a „Gemeindehaus“, and the couple's name was read as an
organisation's. Two first names joined before one surname are two people, whatever it ends in.
"""

from __future__ import annotations

import pytest

from dialogplan.names import household, organisation


@pytest.mark.parametrize("name", ["Jonas und Mira Feldhaus", "Anna and Tom Backhouse"])
def test_a_couple_is_a_household(name: str) -> None:
    assert not organisation(name)
    assert household(name)


@pytest.mark.parametrize("name", ["Gemeindehaus St. Paul", "Backhaus Müller"])
def test_a_house_is_still_an_organisation(name: str) -> None:
    assert organisation(name)
