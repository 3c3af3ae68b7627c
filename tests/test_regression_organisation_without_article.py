"""German prompts named organisations like people: „erwähn Tourismusverein Lindower Seen“.

A campsite's contacts are a tourism association, a beekeeper and a bakery. Prompts wrote
„Schreib Imkerei Sonnenhang“ and „von Tierarztpraxis am Donaubogen“, which reads like a
telegram. An organisation whose first word tells its gender now gets the article its place
in the sentence needs („der Imkerei“, „vom Tourismusverein“); people stay as they are.
"""

from __future__ import annotations

import re

import pytest

from dialogplan.names import declined
from dialogplan.render import render
from tests.test_people_plan import HARBOURLINE, with_rows

GERMAN = str(HARBOURLINE.parent.parent / "tischlerei-falk" / "strategy.yaml")
ORGANISATIONS = ("Imkerei Sonnenhang", "Tourismusverein Lindower Seen")
ARTICLES = {"der", "die", "dem", "den", "vom", "beim"}


@pytest.mark.parametrize(
    ("name", "case", "said"),
    [
        ("Imkerei Sonnenhang", "dat", "der Imkerei Sonnenhang"),
        ("Tourismusverein Lindower Seen", "von", "vom Tourismusverein Lindower Seen"),
        ("Tierarztpraxis am Donaubogen", "akk", "die Tierarztpraxis am Donaubogen"),
        ("Architekturbüro Rehlinger & Moos", "bei", "beim Architekturbüro Rehlinger & Moos"),
        ("Jutta Rehlinger", "dat", "Jutta Rehlinger"),
        ("Jutta Rehlinger", "von", "von Jutta Rehlinger"),
        ("Familie Otto", "dat", "Familie Otto"),
        ("„Freiwillige Feuerwehr Wernthal“", "dat", "„Freiwillige Feuerwehr Wernthal“"),
    ],
)
def test_an_organisation_gets_its_article(name: str, case: str, said: str) -> None:
    assert declined(name, case) == said


def test_prompts_name_organisations_with_their_article() -> None:
    rows = [f"{name},facebook,,regular,2026-10-01,,,,Partner am See" for name in ORGANISATIONS]
    strategy, calendar = with_rows(rows, GERMAN)
    prompts = [r.prompt for r in render(strategy, calendar)]
    before = [
        match.group(1).lower()
        for prompt in prompts
        for name in ORGANISATIONS
        for match in re.finditer(rf"(\S+) {name}", prompt)
    ]
    assert before
    assert set(before) <= ARTICLES, set(before) - ARTICLES
