"""„‚Lastenrad-Probefahrten‘ ist am Samstag und Sonntag“: a plural short form took „ist“.

A courier collective's test rides were called „Lastenrad-Probefahrten“. Their head word's
ending said nothing about its gender, so the invitation line quoted the name without an
article and put the singular verb after it. Plurals of the feminine endings the guess knows
(„-fahrten“, „-ungen“, „-touren“ …) are now known as plurals: the name gets „die“ and „sind“.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import genus
from dialogplan.prompt_templates import environment

MACROS = environment().get_template("de/_macros.j2").module


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("Lastenrad-Probefahrten", "pl"),
        ("Probefahrt", "f"),
        ("Stadtführungen", "pl"),
        ("Abendtouren", "pl"),
        ("Kennenlernrunden", "pl"),
        ("Sprechstunden", "pl"),
        ("Lesenächte", "pl"),
        ("Stadtführung", "f"),
    ],
)
def test_a_plural_of_a_known_feminine_ending_is_plural(noun: str, gender: str) -> None:
    assert genus(noun) == gender


def test_an_invitation_to_a_plural_name_says_sind() -> None:
    event = {"title": "Lastenrad-Probefahrten beim Westbesuch", "noun": "Lastenrad-Probefahrten",
             "days_until": 3, "running": False, "over": False, "day": "Sa., 22.05.",
             "last": "So., 23.05.", "days": 2, "days_left": 4, "at": "11 Uhr", "place": "",
             "online": False, "opens_in": 0}  # fmt: skip
    line = str(MACROS.komm(event))
    assert "vorbei: Die Lastenrad-Probefahrten sind am Samstag und Sonntag" in line
