"""Telling a short free text's kind by word stems kept in a data file.

Teams write news and the reasons for a break in their own words ("Won masters single",
„Fortbildung in Hamburg“). A data file lists word stems per kind; a text is of the first
kind, in the file's order, one of whose stems starts a word of it, in any case; or, for words
German builds into compounds („Hallenumbau“, „Winterpause“), appears anywhere in it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from importlib.resources import files

import yaml

Stems = tuple[tuple[str, re.Pattern[str]], ...]


@cache
def stems(data_file: str, kinds: Collection[str], *, inside: bool = False) -> Stems:
    """The kinds of ``dialogplan/data/<data_file>`` with their stems, checked against ``kinds``.

    With ``inside``, a stem matches inside a word too, not only at its start.
    """
    raw = yaml.safe_load(files("dialogplan").joinpath(f"data/{data_file}").read_text("utf-8"))
    start = "" if inside else r"(?<!\w)"
    unknown = set(raw) - set(kinds)
    if unknown:
        raise ValueError(f"{data_file}: unknown kinds {sorted(unknown)}")
    return tuple(
        (kind, re.compile(start + "(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE))
        for kind, words in raw.items()
    )


def kind_of(text: str, known: Stems) -> str:
    """The first kind one of whose stems starts a word of ``text``; "" when none does."""
    return next((kind for kind, pattern in known if pattern.search(text)), "")


__all__ = ["Stems", "kind_of", "stems"]
