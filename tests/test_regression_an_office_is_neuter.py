"""A childminders' prompt named „Petra Lindemann von Jugendamt Landkreis Heidmark“: no ending
told the gender of „Jugendamt“, so it had no article (r313 writer). An „-amt“ is neuter.
"""

from __future__ import annotations

from dialogplan.names import spoken


def test_a_person_from_a_public_office_is_vom_amt() -> None:
    said = spoken("Jugendamt Landkreis Heidmark – Petra Lindemann", "de")
    assert said == "Petra Lindemann vom Jugendamt Landkreis Heidmark"
