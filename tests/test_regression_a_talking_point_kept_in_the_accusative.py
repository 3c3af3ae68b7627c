"""Regression: „Gesprächsstoff habt ihr schon: den gemeinsamen Wagenbau“ (r410).

A carnival club noted what it shares with a neighbouring club as „den gemeinsamen Wagenbau für
den Zoch“; after a colon the phrase stood in the accusative, and its adjective stayed put where
the article changed. Whatever case a phrase changes to, its adjectives change with it; the
prompts that tell a person „Seit vier Monaten gab es kein richtiges Gespräch mehr“ say who
talked, in the present: „Seit vier Monaten habt ihr nicht mehr richtig miteinander gesprochen“.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import accusative, nominative_phrase
from dialogplan.prompt_templates import template_dir


@pytest.mark.parametrize(
    ("noted", "said"),
    [
        ("den gemeinsamen Wagenbau für den Zoch", "der gemeinsame Wagenbau für den Zoch"),
        ("einen neuen Stand", "ein neuer Stand"),
        ("{deinen|Ihren} neuen Stand", "{dein|Ihr} neuer Stand"),
        ("die Musik fürs Sommerfest", "die Musik fürs Sommerfest"),
    ],
)
def test_after_a_colon_the_phrase_is_nominative(noted: str, said: str) -> None:
    assert nominative_phrase(noted) == said


@pytest.mark.parametrize(
    ("noted", "said"),
    [("der neue Stand", "den neuen Stand"), ("ein neuer Stand", "einen neuen Stand")],
)
def test_after_fuer_the_phrase_is_accusative(noted: str, said: str) -> None:
    assert accusative(noted) == said


def test_every_talking_point_after_a_colon_is_made_nominative() -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in (template_dir() / "de").glob("*.j2"))
    assert '"Gesprächsstoff habt ihr schon: " ~ person.talk' not in text
    assert "gab es kein richtiges Gespräch" not in text
    assert "Das letzte Gespräch war" not in text
