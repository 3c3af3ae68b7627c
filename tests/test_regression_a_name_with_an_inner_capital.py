"""Regression: an optician wrote to „Dunmarnock Primary Parent Council – Fiona McAra“ as the
whole label (r589): "McAra" did not read as part of a person's name, so the contact was taken
for an organisation. Names with a capital inside or an apostrophe are people's names.
"""

from __future__ import annotations

import pytest

from dialogplan.names import organisation, spoken


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Dunmarnock Primary Parent Council – Fiona McAra",
         "Fiona McAra from Dunmarnock Primary Parent Council"),
        ("Glenbrae Sailing Club – Siobhan O'Neill", "Siobhan O'Neill from Glenbrae Sailing Club"),
    ],
)  # fmt: skip
def test_the_person_at_an_organisation_is_written_to(name: str, said: str) -> None:
    assert not organisation(name)
    assert spoken(name, "en") == said


def test_an_abbreviation_still_makes_an_organisation() -> None:
    assert organisation("NABU Gießen")
