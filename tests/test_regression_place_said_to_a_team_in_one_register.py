"""A bouldering hall's prompt sent its team „über euren Feed und die Profile von Konten aus
der Gegend, die du länger nicht angeschaut hast“ (r471): „ihr“ and „du“ in one sentence.

Where a team speaks as „wir“, a place's description turns to „ihr“ as a whole, verbs too.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any

import pytest
import yaml

from dialogplan.prompt_templates import environment

DU = re.compile(r"\b(?:du|dir|dich|dein\w*)\b")
IHR = re.compile(r"\b(?:ihr|euch|euer|eur\w*)\b")


def _german(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["de"]] if isinstance(node.get("de"), str) else []
        return found + [s for key, v in node.items() if key != "de" for s in _german(v)]
    if isinstance(node, list):
        return [s for v in node for s in _german(v)]
    return []


@cache
def _places() -> list[str]:
    raw = yaml.safe_load(files("dialogplan").joinpath("data/places.yaml").read_text("utf-8"))
    return sorted({text for text in _german(raw) if DU.search(text)})


def _to_the_team(text: str) -> str:
    line = '{% import "de/_macros.j2" as m %}{{ m.form(m.euer(text), true, false) }}'
    return environment().from_string(line).render(text=text)


@pytest.mark.parametrize("text", _places())
def test_a_place_told_to_a_team_says_ihr_throughout(text: str) -> None:
    said = _to_the_team(text)
    assert not DU.search(said), said
    assert IHR.search(said), said


def test_a_place_told_to_one_person_keeps_du() -> None:
    line = '{% import "de/_macros.j2" as m %}{{ m.form(m.euer(text), false, false) }}'
    text = "über deinen Feed und die Profile, die du länger nicht angeschaut hast"
    assert environment().from_string(line).render(text=text) == text
