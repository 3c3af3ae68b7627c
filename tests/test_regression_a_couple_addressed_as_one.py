"""Regression: „Dieter und Ursel Hambach … bist du dabei?“ (r415).

A hikers' hostel's writer and reviewer read a couple and a family addressed as one person:
„Wir denken gerade an deine Nachtwanderung“ to Familie Okonkwo-Seidel. A household is „ihr“
where one person is „du“; „Sie“ stays as it is, and English "you" is both.
"""

from __future__ import annotations

import pytest

from dialogplan.names import household
from dialogplan.voice import to_many


@pytest.mark.parametrize(
    ("name", "many"),
    [
        ("Familie Okonkwo-Seidel", True),
        ("Dieter und Ursel Hambach", True),
        ("Eheleute Brandt", True),
        ("Ursel Hambach", False),
        ("Müller & Söhne GmbH", False),
        ("Naturschutzjugend Weschnitztal – Paula Grieshaber", False),
    ],
)
def test_a_household_is_told_from_its_name(name: str, many: bool) -> None:
    assert household(name) is many


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("„Am 18. April ist die Saisoneröffnung – {bist du|sind Sie} dabei?“",
         "„Am 18. April ist die Saisoneröffnung – {seid ihr|sind Sie} dabei?“"),
        ("„Wir denken an {deine|Ihre} Nachtwanderung. {Hast du|Haben Sie} Lust?“",
         "„Wir denken an {eure|Ihre} Nachtwanderung. {Habt ihr|Haben Sie} Lust?“"),
        ("„{Komm|Kommen Sie} vorbei, {erzähl|erzählen Sie}, wie {du es machst|Sie es machen}!“",
         "„{Kommt|Kommen Sie} vorbei, {erzählt|erzählen Sie}, wie {ihr es macht|Sie es machen}!“"),
        ("„Danke, dass {du das erzählst|Sie das erzählen}! {Melde dich|Melden Sie sich}!“",
         "„Danke, dass {ihr das erzählt|Sie das erzählen}! {Meldet euch|Melden Sie sich}!“"),
        ("„[Ich freue mich|Wir freuen uns] – {weißt du|wissen Sie} schon?“",
         "„[Ich freue mich|Wir freuen uns] – {wisst ihr|wissen Sie} schon?“"),
    ],
)  # fmt: skip
def test_a_line_to_a_household_says_ihr(line: str, said: str) -> None:
    assert to_many(line) == said
