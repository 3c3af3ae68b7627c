"""A tax office near Osnabrück read „aus dem Osnabrücken Land“, a publisher „ist Kasseler
Kinderbuchtage“.

An adjective made from a place name (Osnabrücker, Kasseler) never changes its ending, but
the area was declined like „oberes Lennetal“, and a short form with one in front had no
article at all. Both now keep the adjective as it is and take the article of their noun.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment


def macro(call: str, value: str) -> str:
    template = environment().from_string('{% import "de/_macros.j2" as m %}' + call)
    return template.render(v=value)


@pytest.mark.parametrize(
    ("area", "said"),
    [
        ("Osnabrück und Osnabrücker Land", "in Osnabrück und im Osnabrücker Land"),
        ("Lüneburger Heide", "in der Lüneburger Heide"),
        ("oberes Lennetal", "im oberen Lennetal"),
    ],
)
def test_an_area_keeps_a_place_adjective_as_it_is(area: str, said: str) -> None:
    assert macro("{{ m.in_area(v) }}", area) == said


def test_a_short_form_with_a_place_adjective_takes_its_noun_s_article() -> None:
    assert macro("{{ m.mit_art(v) }}", "Kasseler Kinderbuchtage") == "die Kasseler Kinderbuchtage"
    assert macro("{{ m.mit_art(v) }}", "Offener Treff") == ""  # declined: no safe article
