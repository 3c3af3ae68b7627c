"""Regression: `validate` on an orthopaedic shoemaker's questions (r626 writer).

- „{Ihnen|dir}“ was told it gave the „Sie“ form first, and also that „dir“ stood outside the
  braces, which it did not: the rest of a line is read as the writer meant its forms.
- „{sind|bist}“ names no pronoun and went through; its verbs tell the order.
- „…, die {du|Sie} noch tragen?“ ends a relative clause in a „Sie“ verb, read „die du noch
  tragen“ on Instagram, and went through.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.voice import swapped_forms, verbs_at_end
from tests.test_threads import make


def _refused(question: str) -> str:
    with pytest.raises(StrategyError) as caught:
        make(topics=[{"title": "Einlagen", "kind": "theme", "questions": [question]}])
    return str(caught.value)


def test_reversed_braces_are_told_once() -> None:
    said = _refused("Was hat {Ihnen|dir} bei Fersenschmerz geholfen?")
    assert "gives the „Sie“ form first" in said
    assert "outside the braces" not in said


def test_reversed_verbs_are_told() -> None:
    assert swapped_forms("Wie oft {sind|bist} unterwegs?") == ["{sind|bist}"]
    assert swapped_forms("Wie oft {bist|sind} unterwegs?") == []
    assert "as in {bist|sind}" in _refused("Wo {sind|bist} {Sie|du} am liebsten unterwegs?")


def test_a_relative_clause_ending_in_a_sie_verb_is_found() -> None:
    question = "Wie alt ist {deine|Ihre} älteste Einlage, die {du|Sie} noch tragen?"
    assert verbs_at_end(question) == [("tragen", "die du noch tragen")]
    assert "trägst" in _refused(question)
    assert not verbs_at_end("Wie alt ist die Einlage, die {du noch trägst|Sie noch tragen}?")
    assert not verbs_at_end("Die Schuhe {trägst du|tragen Sie} wie oft?")
