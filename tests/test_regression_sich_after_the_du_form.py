"""„{Könntest du|Könnten Sie} sich vorstellen …?“ went through `validate` (r431 writer).

A day-care centre's question to volunteers left „sich“ after its forms, and Instagram, which
says „du“, printed „Könntest du sich vorstellen“. „sich“ after a „du“ form is refused, with
the forms to write instead; after a „Sie“ form alone, or in a line without forms, it is fine.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.voice import sich_after
from tests.test_threads import make

QUESTION = "{Könntest du|Könnten Sie} sich vorstellen, einmal im Monat vorzulesen?"


def test_sich_after_a_du_form_is_found() -> None:
    assert sich_after(QUESTION)[0][:2] == (
        "Könntest du sich",
        "{Könntest du dir|Könnten Sie sich}",
    )
    assert not sich_after("{Könntest du dir|Könnten Sie sich} vorstellen, vorzulesen?")
    assert not sich_after("Wie fühlt sich der erste Tag an?")


def test_validate_refuses_it() -> None:
    with pytest.raises(StrategyError, match="Könntest du sich"):
        make(topics=[{"title": "Vorlesen", "kind": "theme", "questions": [QUESTION]}])
