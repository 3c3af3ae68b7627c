"""What kind of news a contact's ``news`` cell tells: job, founding, anniversary, award, milestone.

A congratulation only goes where that kind of news shows (``places.yaml`` ``news``): nobody
congratulates a new COO on Pinterest. The word stems per kind live in
``dialogplan/data/news_words.yaml``; :mod:`dialogplan.word_stems` matches a cell against them.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from dialogplan.places import NEWS_KINDS
from dialogplan.word_stems import kind_of, stems


def news_kind(text: str) -> str:
    """The kind of news ``text`` tells, or "" when no word stem of any kind matches."""
    return kind_of(text, stems("news_words.yaml", NEWS_KINDS))


def what_they_did(text: str, language: str) -> str:
    """The news as what the contact did, to follow their name: "opened a second-hand shop".

    "" where the cell does not start with a deed in the past tense
    (``dialogplan/data/news_verbs.yaml``): it is then quoted as it stands. One that starts
    with what was done to them ("Appointed Head of Digital") gets its "was".
    """
    text = _in_the_past(text.strip().rstrip("."), language)
    said = text[:1].lower() + text[1:]
    deeds, done_to = _deeds(language), _deeds(language, passive=True)
    if deeds is not None and deeds.match(text):
        return said
    if done_to is not None and done_to.match(text):
        return f"was {said}"
    return ""


def _in_the_past(text: str, language: str) -> str:
    """A cell that starts with a verb in the present, with that verb in the past tense."""
    past = _verbs()["present"].get(language, {})
    found = re.match(r"(\w+(?: \w+)?)\b", text)
    for verb in (found[1], found[1].split(" ")[0]) if found else ():
        if verb.lower() in past:
            return str(past[verb.lower()]) + text[len(verb) :]
    return text


@cache
def _verbs() -> dict[str, Any]:
    """``dialogplan/data/news_verbs.yaml`` as read."""
    text = files("dialogplan").joinpath("data/news_verbs.yaml").read_text("utf-8")
    raw: dict[str, Any] = yaml.safe_load(text)
    return raw


@cache
def _deeds(language: str, *, passive: bool = False) -> re.Pattern[str] | None:
    raw = _verbs()
    verbs = (raw.get("passive", {}) if passive else raw).get(language, [])
    if not verbs:
        return None
    return re.compile(r"(?:" + "|".join(map(re.escape, verbs)) + r")\b", re.IGNORECASE)


__all__ = ["news_kind", "what_they_did"]
