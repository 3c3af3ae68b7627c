"""A water-rescue group's prompts named „Jörg Wiedemann von Hallenbad Mühlried“ and „Carola
Binder vom Schwäbischen Seebote“ (r322 writer): no ending told the gender of „Hallenbad“, and
a „Bote“ inside a compound kept its nominative.

A „-bad“ is neuter, and a compound „-bote“ takes its -n in the dative as „Bote“ does.
"""

from __future__ import annotations

from dialogplan.names import spoken


def test_a_person_from_a_public_bath_is_vom_bad() -> None:
    said = spoken("Hallenbad Mühlried – Jörg Wiedemann", "de")
    assert said == "Jörg Wiedemann vom Hallenbad Mühlried"


def test_a_compound_messenger_takes_its_dative() -> None:
    said = spoken("Schwäbischer Seebote – Carola Binder", "de")
    assert said == "Carola Binder vom Schwäbischen Seeboten"
