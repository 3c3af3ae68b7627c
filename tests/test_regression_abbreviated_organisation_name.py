"""A nature group's prompt wrote „schreib Vogelkundliche stattdessen“.

"Vogelkundliche AG Mittelhessen" was taken for a person, its first word for a first name.
A word in capitals (AG, NABU, BUND) now marks an organisation, named in full every time,
as do names ending in -gruppe or -gemeinschaft.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name, organisation


@pytest.mark.parametrize(
    "name",
    [
        "Vogelkundliche AG Mittelhessen",
        "NABU Gießen",
        "Ortsgruppe Lahnaue",
        "Kleingartengemeinschaft Süd",
    ],
)
def test_an_organisation_keeps_its_whole_name(name: str) -> None:
    assert organisation(name)
    assert first_name(name) == name


@pytest.mark.parametrize(
    ("name", "first"), [("Miriam Kessler", "Miriam"), ("Anna-Lena Ott", "Anna-Lena")]
)
def test_people_keep_their_first_names(name: str, first: str) -> None:
    assert not organisation(name)
    assert first_name(name) == first
