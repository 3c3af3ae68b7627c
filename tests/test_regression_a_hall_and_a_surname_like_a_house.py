"""Regression: contacts named without their article or pasted whole (r632, r634 writers, r642).

- „Verena Lanzinger von Kletterhalle Steinbock“: a hall is feminine and an organisation, and
  so are a band („Jugendkapelle“) and a school class („Bläserklasse“, not „vom Bläserklasse“).
- „das Studierendenwerk – Jonas Ebbinghaus“: a surname ending like a house kept the person
  from being found after an organisation's name; the README promises „Jonas Ebbinghaus vom
  Studierendenwerk“.
- „Wir denken gerade an unser gemeinsamer Schnupperabend Fels im Oktober“: the noun's gender
  is its own, not that of the phrase after it.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import accusative
from dialogplan.names import spoken


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Kletterhalle Steinbock – Verena Lanzinger",
         "Verena Lanzinger von der Kletterhalle Steinbock"),
        ("Studierendenwerk – Jonas Ebbinghaus", "Jonas Ebbinghaus vom Studierendenwerk"),
        ("Tanzschule Lange", "Tanzschule Lange"),
        ("Jugendkapelle Zell am Main – Tim Barth", "Tim Barth von der Jugendkapelle Zell am Main"),
        ("Bläserklasse Mittelschule Heuchelhof – Jana Roth",
         "Jana Roth von der Bläserklasse Mittelschule Heuchelhof"),
    ],
)  # fmt: skip
def test_the_contact_is_said_with_the_organisations_article(name: str, said: str) -> None:
    assert spoken(name, "de") == said


@pytest.mark.parametrize(
    ("phrase", "after_an"),
    [
        ("unser gemeinsamer Schnupperabend Fels im Oktober",
         "unseren gemeinsamen Schnupperabend Fels im Oktober"),
        ("unsere Wanderung im Mai", "unsere Wanderung im Mai"),
    ],
)  # fmt: skip
def test_a_phrase_after_the_noun_leaves_its_gender_alone(phrase: str, after_an: str) -> None:
    assert accusative(phrase) == after_an
