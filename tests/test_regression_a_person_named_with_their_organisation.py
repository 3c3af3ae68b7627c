"""Regression: „hat der Pflegedienst Sonnenhof – Katrin Bär heute Neuigkeiten“.

A community centre's reviewer (r271) read the contact's name as a pasted label: the team had
written the care service and the person it knows there. Such a name is the person's, at the
organisation: „Katrin Bär (Pflegedienst Sonnenhof)“, then „Katrin“, without an article.
"""

import pytest

from dialogplan.names import declined, first_name, organisation, person_at, spoken


@pytest.mark.parametrize(
    "name", ["Pflegedienst Sonnenhof – Katrin Bär", "Katrin Bär / Pflegedienst Sonnenhof"]
)
def test_the_person_at_an_organisation_is_written_to(name: str) -> None:
    assert person_at(name) == ("Katrin Bär", "Pflegedienst Sonnenhof")
    assert not organisation(name)
    assert first_name(name) == "Katrin"
    said = spoken(name, "de")
    assert said == "Katrin Bär (Pflegedienst Sonnenhof)"
    assert declined(said, "nom") == said


@pytest.mark.parametrize("name", ["Tourismusverein Lindower Seen", "Café Rosa – Bea"])
def test_an_organisation_alone_keeps_its_article(name: str) -> None:
    assert person_at(name) is None
    assert declined(name, "nom").split()[0] in ("der", "das")
