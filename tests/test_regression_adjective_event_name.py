"""„Komm gern vorbei: ‚offene Werkstatt‘ ist am Samstag und Sonntag“: no article.

A goldsmith's open days were called „offene Werkstatt“. A short form with an adjective in
front got no article, since one changes the adjective's ending, and the invitation quoted it
bare. The nominative forms are now known: „die offene Werkstatt“, „das offene Treffen“,
„der offene Abend“, „die offenen Proben“.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import nominative
from dialogplan.prompt_templates import environment

MACROS = environment().get_template("de/_macros.j2").module


@pytest.mark.parametrize(
    ("noun", "said"),
    [
        ("offene Werkstatt", "die offene Werkstatt"),
        ("offenes Treffen", "das offene Treffen"),
        ("offener Abend", "der offene Abend"),
        ("offene Proben", "die offenen Proben"),
        # A place's adjective, a title in capitals and an unknown head word stay as they are.
        ("Kasseler Kinderbuchtage", ""),
        ("Offene Werkstatt", ""),
        ("offene Werkstätten", ""),
    ],
)
def test_an_adjective_and_a_noun_get_their_article(noun: str, said: str) -> None:
    assert nominative(noun) == said


def test_an_invitation_to_the_open_workshop_says_die() -> None:
    event = {"title": "Offene Werkstatt", "noun": "offene Werkstatt", "days_until": 3,
             "running": False, "over": False, "day": "Sa., 17.04.", "last": "So., 18.04.",
             "days": 2, "days_left": 4, "at": "11 Uhr", "place": "", "online": False,
             "opens_in": 0}  # fmt: skip
    assert "vorbei: Die offene Werkstatt ist am Samstag und Sonntag" in str(MACROS.komm(event))
    assert str(MACROS.ev_ist(event)) == "Am Samstag und Sonntag ist die offene Werkstatt"
