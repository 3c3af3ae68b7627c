"""„Wer in Wernigerode und Landkreis Harz wohnt“: the area's second part lost its article.

A climbing park's area was "Wernigerode und Landkreis Harz"; prompts put only the first part
into German grammar. Each part of an area now takes its own article after „aus“ and „in“,
declined with an adjective in front („oberes Lennetal“).
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment

CASES = [
    ("Wernigerode und Landkreis Harz", "Wernigerode und dem Landkreis Harz",
     "in Wernigerode und im Landkreis Harz"),
    ("Landkreis Ludwigsburg", "dem Landkreis Ludwigsburg", "im Landkreis Ludwigsburg"),
    ("Region Trier", "der Region Trier", "in der Region Trier"),
    ("Villach und Drautal", "Villach und Drautal", "in Villach und Drautal"),
    # A car workshop's area, which read „Wer in Rehmstedt und oberes Lennetal wohnt“.
    ("Rehmstedt und oberes Lennetal", "Rehmstedt und dem oberen Lennetal",
     "in Rehmstedt und im oberen Lennetal"),
    ("Obere Lahn", "der Oberen Lahn", "in der Oberen Lahn"),
    # A canoe club's, which read „aus Dellinghagen und Rohrseegebiet“ (r613 writer).
    ("Dellinghagen und Rohrseegebiet", "Dellinghagen und dem Rohrseegebiet",
     "in Dellinghagen und im Rohrseegebiet"),
    ("Sauerland", "dem Sauerland", "im Sauerland"),
    ("Deutschland", "Deutschland", "in Deutschland"),
]  # fmt: skip


@pytest.mark.parametrize(("area", "after_aus", "with_in"), CASES)
def test_each_part_of_an_area_is_declined(area: str, after_aus: str, with_in: str) -> None:
    macros = environment().get_template("de/_macros.j2").module
    assert str(macros.aus_area(area)) == after_aus  # type: ignore[attr-defined]
    assert str(macros.in_area(area)) == with_in  # type: ignore[attr-defined]
