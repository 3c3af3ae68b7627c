"""Phrases two native copy editors struck from a sample of 160 prompts.

They read 80 German and 80 English prompts from strategies the templates were not written
for. Besides one-off slips, they found frames that recur in many prompts: "answer them back"
(rude, in British English), "ask one thing back", "Hashtags to add" before one hashtag, „Antwortet
noch niemand“ for a post nobody has answered yet, „dank jemandem“ (read as the preposition),
„Halte unter … Ausschau“, „frag darunter enger nach“, „Gib eure Sicht“, „Ein Satz zu jedem
genügt“, „zu ihren Neuigkeiten“. None of them is said in the examples' prompts any more.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import GOLDEN_CALENDARS, struck_phrases_in

STRUCK = (
    r"answer them back",
    r"ask one thing back",
    r"Hashtags to add: #\w+\.",
    r"Antwortet noch niemand",
    r"\bdank jemandem",
    r"Halte unter",
    r"frag darunter enger nach",
    r"Gib (deine|eure) Sicht",
    r"Ein Satz zu jedem genügt",
    r"zu ihren Neuigkeiten",
    r"Kam noch nichts:",
    r"Steht dazu gerade nichts an",
    r"folgt dann ein eigener Kommentar",
    r"Pick up each answer",
    # Two stock lines whose "it" pointed nowhere, flagged by blind reviewers.
    r"How did you first come across it\?",
    r"Where did you first run into it\?",
)


@pytest.mark.parametrize(
    "calendar", GOLDEN_CALENDARS, ids=[c.parent.name for c in GOLDEN_CALENDARS]
)
def test_struck_phrases_stay_out(calendar: Path) -> None:
    assert not struck_phrases_in(calendar, STRUCK)
