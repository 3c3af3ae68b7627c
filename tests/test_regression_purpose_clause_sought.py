"""„dass ihr neue Mitglieder und Helfer …, damit der Keller nicht an fünf Leuten hängt sucht“.

A cabaret club's goal read „Neue Mitglieder und Helfer für Theke, Einlass und Technik finden,
damit der Keller nicht an fünf Leuten hängt“; its newsletter question said whom the club
seeks with the goal's reason pasted into the middle of the sentence. Only a clause that
tells who the people are („…, die samstags Zeit haben“) belongs to whom a team looks for;
why it looks for them does not.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import sought

CELLAR = ("Neue Mitglieder und Helfer für Theke, Einlass und Technik finden, damit der Keller "
          "nicht an fünf Leuten hängt")  # fmt: skip
CASES = [
    (CELLAR, "neue Mitglieder und Helfer für Theke, Einlass und Technik"),
    ("Ehrenamtliche finden, um den Laden auch samstags zu öffnen", "Ehrenamtliche"),
    ("Ehrenamtliche finden, weil zwei von uns aufhören", "Ehrenamtliche"),
    ("Ehrenamtliche finden, die samstags Zeit haben", "Ehrenamtliche, die samstags Zeit haben"),
    ("Helfer gewinnen, mit denen wir den Umzug stemmen", "Helfer, mit denen wir den Umzug stemmen"),
]  # fmt: skip


@pytest.mark.parametrize(("goal", "people"), CASES)
def test_why_a_team_seeks_people_is_not_whom_it_seeks(goal: str, people: str) -> None:
    assert sought(goal, "de") == people
