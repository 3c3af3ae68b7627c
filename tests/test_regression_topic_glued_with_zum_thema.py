"""A riding school's prompts said „zum Thema Wiedereinstieg“, „zum Thema Schulponys“ in a
third of them, a label glued on where German puts the noun itself.

A one-word short form whose gender its ending tells now goes with its article („zum
Wiedereinstieg“, „über den Offenstall“), a plural without one, as people speak of them in
general („zu Schulponys“, „über Haltungsformen“); other short forms keep „zum Thema …“.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment


@pytest.mark.parametrize(
    ("prep", "noun", "said"),
    [
        ("zu", "Wiedereinstieg", "zum Wiedereinstieg"),
        ("zu", "Schulponys", "zu Schulponys"),
        ("zu", "Balkonkraftwerke", "zu Balkonkraftwerken"),
        ("ueber", "Offenstall", "über den Offenstall"),
        ("ueber", "Haltungsformen", "über Haltungsformen"),
        ("bei", "Energiewende", "bei der Energiewende"),
        ("zu", "Anweiden", "zum Anweiden"),
        ("zu", "erste Reitstunde", "zum Thema erste Reitstunde"),
        ("zu", "Windrad Hornberg", "zum Thema Windrad Hornberg"),
    ],
)
def test_a_short_form_goes_with_its_article(prep: str, noun: str, said: str) -> None:
    macros = environment().get_template("de/_macros.j2").module
    assert str(macros.thema(prep, "Titel", noun)) == said  # type: ignore[attr-defined]
