"""A team's own fragments (an offer's or event's ``details``) inside a prompt's sentence.

Written to stand alone, they start with a capital; after "Add the practical details:" a
capital read as a field pasted in (r373). The first word is lowered where it is one that is
never a name nor, in German, a noun (``dialogplan/data/sentence_starts.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import yaml

_FIRST_WORD = re.compile(r"[^\W\d_][\w-]*")


@cache
def _starts(language: str) -> frozenset[str]:
    """The words that read lowercase inside a sentence, for ``language``; read once."""
    raw = yaml.safe_load(files("dialogplan").joinpath("data/sentence_starts.yaml").read_text())
    return frozenset(word.casefold() for word in raw.get(language, ()))


def run_on(text: str, language: str) -> str:
    """``text`` as the rest of a sentence: "No experience needed" → "no experience needed"."""
    found = _FIRST_WORD.match(text)
    if not found or found.group().casefold() not in _starts(language):
        return text
    word = found.group()
    if len(word) > 1 and word[1:].isupper():  # an abbreviation: "NHS", „DRK“
        return text
    return word[0].lower() + text[1:]


__all__ = ["run_on"]
