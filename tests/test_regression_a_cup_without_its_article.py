"""„Melde dich gern an: ‚Lahnauen-Cup‘ ist am Samstag“, „Wer es verpasst hat“ (r406).

An archery club's writer and reviewer read its tournament's short name without an article,
and the line after it spoke of the cup as „es“. A cup is „der Cup“, and whoever missed an
event missed „ihn“, „sie“ or „es“ by its short name's gender; where that is unknown, whoever
could not come.
"""

from __future__ import annotations

import pytest

from dialogplan.german_nouns import genus
from dialogplan.prompt_templates import environment

MACRO = '{% import "de/_macros.j2" as m %}{{ m.verpasst(ev, "facebook", turn) }}'


def missed(noun: str) -> str:
    event = {"title": f"{noun} 2027", "noun": noun, "kind": "event", "next_day": None}
    return environment().from_string(MACRO).render(ev=event, turn=0)


def test_a_cup_is_masculine() -> None:
    assert genus("Lahnauen-Cup") == "m"


@pytest.mark.parametrize(
    ("noun", "pronoun"),
    [("Lahnauen-Cup", "ihn"), ("Saisoneröffnung", "sie"), ("Sommerfest", "es")],
)
def test_whoever_missed_it_missed_it_by_its_gender(noun: str, pronoun: str) -> None:
    assert missed(noun).startswith(f"Wer {pronoun} verpasst hat")


def test_an_event_of_unknown_gender_is_not_called_es() -> None:
    assert missed("Bogen-Safari XY").startswith("Wer nicht da sein konnte")
