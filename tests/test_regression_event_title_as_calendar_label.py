"""„Nebenbei passt ein Hinweis auf euren Termin „Strandputz““ read like a calendar label.

A campsite's beach clean-up had no short form, and its head word's ending said nothing of
its gender, so prompts fell back to „euren Termin „…““. A clean-up („-putz“) is known as
masculine now: „auf den Strandputz am 24. April“, „Der Strandputz ist am Samstag“.
"""

from __future__ import annotations

from dialogplan.german_nouns import genus
from dialogplan.prompt_templates import environment

MACROS = environment().get_template("de/_macros.j2").module


def test_a_clean_up_gets_its_article() -> None:
    assert genus("Strandputz") == "m"
    event = {"title": "Strandputz", "noun": "Strandputz", "days_until": 3, "running": False,
             "over": False, "day": "Sa., 24.04.", "last": "", "days": 1, "days_left": 3,
             "at": "10 Uhr", "place": "", "online": False, "opens_in": 0}  # fmt: skip
    assert "vorbei: Der Strandputz ist am Samstag" in str(MACROS.komm(event))
