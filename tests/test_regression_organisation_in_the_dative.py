"""A food bank's contacts came out as „Pastor Henrik Aalders von Ev. Kirchengemeinde St. Petri“
and „von den Lions-Freunde Kornhausen“ (r289's writer): the abbreviation „Ev.“ hid the word
whose gender the article follows, and a plural after „von den“ takes the dative; a nature
group's „Lars Wehking von Osterbrucher Kreisblatt“ (r297's writer) lacked the gender of
„Blatt“.
"""

from __future__ import annotations

import pytest

from dialogplan.names import declined, spoken


@pytest.mark.parametrize(
    ("name", "said"),
    [("Ev. Kirchengemeinde St. Petri – Henrik Aalders",
      "Henrik Aalders von der Ev. Kirchengemeinde St. Petri"),
     ("Lions-Freunde Kornhausen – Renate Vossberg",
      "Renate Vossberg von den Lions-Freunden Kornhausen"),
     ("Landfrauen Felsbachtal – Gisela Krämer", "Gisela Krämer von den Landfrauen Felsbachtal"),
     ("Osterbrucher Kreisblatt – Lars Wehking", "Lars Wehking vom Osterbrucher Kreisblatt")],
)  # fmt: skip
def test_the_organisation_takes_its_article_and_case(name: str, said: str) -> None:
    assert spoken(name, "de") == said


def test_an_abbreviation_does_not_hide_the_gender() -> None:
    assert declined("Ev. Kirchengemeinde St. Petri", "dat") == "der Ev. Kirchengemeinde St. Petri"
