"""What kind of news a contact's ``news`` cell tells: job, founding, anniversary, award, milestone.

A congratulation only goes where that kind of news shows (``places.yaml`` ``news``): nobody
congratulates a new COO on Pinterest. The word stems per kind live in
``dialogplan/data/news_words.yaml``; this module reads them once and matches a cell against
them, in any case, at the start of a word. The first kind in the file's order wins.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import yaml

from dialogplan.places import NEWS_KINDS


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = yaml.safe_load(files("dialogplan").joinpath("data/news_words.yaml").read_text("utf-8"))
    unknown = set(raw) - set(NEWS_KINDS)
    if unknown:
        raise ValueError(f"news_words.yaml: unknown kinds {sorted(unknown)}")
    return tuple(
        (kind, re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE))
        for kind, words in raw.items()
    )


def news_kind(text: str) -> str:
    """The kind of news ``text`` tells, or "" when no word stem of any kind matches."""
    for kind, pattern in _patterns():
        if pattern.search(text):
            return kind
    return ""


__all__ = ["news_kind"]
