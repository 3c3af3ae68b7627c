"""A hospice association's prompts said „Wer in Hohenbrück und Vogelsbergkreis wohnt“ and
„‚Trauerspaziergang‘ ist morgen um 10 Uhr“: a district named in one word, and a walk, lost
their articles. „im Vogelsbergkreis“ and „der Trauerspaziergang“ now.
"""

from __future__ import annotations

from dialogplan.german_nouns import genus
from dialogplan.prompt_templates import environment


def test_a_district_in_one_word_takes_its_article() -> None:
    macros = environment().get_template("de/_macros.j2").module
    assert str(macros.in_area("Hohenbrück und Vogelsbergkreis")) == (  # type: ignore[attr-defined]
        "in Hohenbrück und im Vogelsbergkreis"
    )
    assert str(macros.in_area("Villach und Drautal")) == "in Villach und Drautal"  # type: ignore[attr-defined]


def test_a_walk_is_masculine() -> None:
    assert genus("Trauerspaziergang") == "m"
    assert genus("Rundgang") == "m"
