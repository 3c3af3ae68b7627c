"""„Morgen und übermorgen ist Frühjahrsregatta“: a rowing club's regatta had no article.

Its gender was not known from its ending, so the sentence was built without one. „Regatta“
is feminine: „die Frühjahrsregatta“.
"""

from __future__ import annotations

from dialogplan.german_nouns import genus


def test_a_regatta_is_feminine() -> None:
    assert genus("Frühjahrsregatta") == "f"
