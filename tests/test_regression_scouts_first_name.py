"""A prompt said "send Chapel a few personal lines" to the Chapel Allerton Scouts.

The second mention of a contact takes the first name, and the name words knew no scouts, food
banks or dog-walking businesses. Those and more kinds of club, shop and service now keep their
name whole.
"""

from __future__ import annotations

import pytest

from dialogplan.names import first_name


@pytest.mark.parametrize(
    "name",
    ["Chapel Allerton Scouts", "Meanwood Food Bank", "Pawsome Walks Harrogate",
     "Ashcombe Community Orchard", "Harrogate Dog Rescue", "Lahntaler Pfadfinder"],
)  # fmt: skip
def test_an_organisation_keeps_its_whole_name(name: str) -> None:
    assert first_name(name) == name


@pytest.mark.parametrize(("name", "first"), [("Tom Garden", "Tom"), ("Lena Walker", "Lena")])
def test_a_person_named_like_a_place_keeps_a_first_name(name: str, first: str) -> None:
    assert first_name(name) == first
