"""A nutrition counsellor was to thank „die Hausarztpraxis am Schlossberg – Dr. Heike
Rommelfanger … für etwas, das Hausarztpraxis am Schlossberg – Dr. Heike Rommelfanger zuletzt
geteilt hat“, and a family centre's contact came „von Familienbildungsstätte Nürtingen“
(r384). A title before the person's name no longer hides the person, and a „-stätte“ and a
„-netzwerk“ have their gender.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Hausarztpraxis am Schlossberg – Dr. Heike Rommelfanger",
         "Dr. Heike Rommelfanger von der Hausarztpraxis am Schlossberg"),
        ("Familienbildungsstätte Nürtingen – Claudia Wenzel",
         "Claudia Wenzel von der Familienbildungsstätte Nürtingen"),
        ("Nürtinger Eltern-Netzwerk – Ayşe Demir", "Ayşe Demir vom Nürtinger Eltern-Netzwerk"),
    ],
)  # fmt: skip
def test_the_person_is_named_at_the_organisation(name: str, said: str) -> None:
    assert spoken(name, "de") == said
