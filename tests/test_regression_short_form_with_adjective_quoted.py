"""A forge's open forge day and a youth club's club night were named as labels.

„erzähl dort von eurem Termin „offene Esse““, „zu eurem Angebot „offener Clubabend““ and
„Komm gern vorbei: ‚Scheunenfete‘ ist am Samstag“ read as seams to two reviewers (r370, r372).
An adjective before the noun is now declined after „zu“, „von“ and „auf“, and a fete, a dance
and a fire have their gender: „zur offenen Esse“, „Die Scheunenfete ist am Samstag“.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dialogplan.german_nouns import after_preposition, genus
from tests.support import build
from tests.test_threads import make


@pytest.mark.parametrize(
    ("short", "preposition", "said"),
    [
        ("offene Esse", "zu", "zur offenen Esse"),
        ("offene Esse", "von", "von der offenen Esse"),
        ("offener Clubabend", "zu", "zum offenen Clubabend"),
        ("offener Clubabend", "auf", "auf den offenen Clubabend"),
        ("offenes Treffen", "von", "vom offenen Treffen"),
    ],
)
def test_an_adjective_is_declined_after_a_preposition(
    short: str, preposition: str, said: str
) -> None:
    assert after_preposition(short, preposition) == said


@pytest.mark.parametrize(
    ("short", "gender"),
    [("Scheunenfete", "f"), ("Tanz in den Mai", "m"), ("Osterfeuer", "n"), ("Interesse", "n")],
)
def test_festivities_have_their_gender(short: str, gender: str) -> None:
    assert genus(short) == gender


def test_no_prompt_names_the_open_forge_day_as_a_label() -> None:
    strategy = make(
        months=3,
        events=[
            {
                "title": "Tag der offenen Schmiede mit Vorführungen",
                "short": "offene Esse",
                "date": date(2027, 4, 24),
                "time": "11:00-17:00",
            }
        ],
    )
    prompts = "\n".join(entry.prompt for entry in build(strategy).entries)
    assert re.search(r"(zur|von der|die|Die) offene[n]? Esse", prompts)
    assert not re.search(r"[„‚]offene Esse[“‘]", prompts)
