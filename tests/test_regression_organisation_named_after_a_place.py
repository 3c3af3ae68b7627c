"""„Uwe Fiedler vom Museumsbahn Rabental“.

A museum railway's writer found its partner railway's contact named with the article of
„Rabental“, the valley the railway runs in. Where the first word of an organisation's name
does not tell its gender, a town's or valley's name after it does not either: „von der
Museumsbahn Rabental“, and „von“ alone where nothing tells.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken

CASES = [
    ("Museumsbahn Rabental – Uwe Fiedler", "Uwe Fiedler von der Museumsbahn Rabental"),
    ("Ölmühle Altdorf – Karl Weiß", "Karl Weiß von der Ölmühle Altdorf"),
    ("Kleinkunstkeller Sonnenberg – Tim Roth", "Tim Roth vom Kleinkunstkeller Sonnenberg"),
    ("Kulturkate Rabental – Ina Berg", "Ina Berg von Kulturkate Rabental"),
    ("Kirchbrunner Anzeiger – Eva Brandt", "Eva Brandt vom Kirchbrunner Anzeiger"),
]


@pytest.mark.parametrize(("name", "said"), CASES)
def test_a_place_after_the_name_does_not_give_its_article(name: str, said: str) -> None:
    assert spoken(name, "de") == said
