"""What kind of news a contact's ``news`` cell tells: job, founding, anniversary, award, milestone.

A congratulation only goes where that kind of news shows (``places.yaml`` ``news``): nobody
congratulates a new COO on Pinterest. The word stems per kind live in
``dialogplan/data/news_words.yaml``; :mod:`dialogplan.word_stems` matches a cell against them.
"""

from __future__ import annotations

from dialogplan.places import NEWS_KINDS
from dialogplan.word_stems import kind_of, stems


def news_kind(text: str) -> str:
    """The kind of news ``text`` tells, or "" when no word stem of any kind matches."""
    return kind_of(text, stems("news_words.yaml", NEWS_KINDS))


__all__ = ["news_kind"]
