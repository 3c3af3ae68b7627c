"""A tailor's prompts looked for accounts „aus Gostenhof und dem Nürnberger Südstadt“.

A place named after its town („Nürnberger Südstadt“) takes the article of its last word, and
„Stadt“ was not known to be feminine, so the dative fell back to „dem“. Districts, valleys,
quarters and villages now have their genders.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment


@pytest.mark.parametrize(
    ("area", "said"),
    [
        ("Gostenhof und Nürnberger Südstadt", "Gostenhof und der Nürnberger Südstadt"),
        ("Hamburger Hafenviertel", "dem Hamburger Hafenviertel"),
    ],
)
def test_a_district_takes_its_article(area: str, said: str) -> None:
    macros = environment().get_template("de/_macros.j2").module
    assert str(macros.aus_area(area)) == said  # type: ignore[attr-defined]
