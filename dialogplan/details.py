"""A team's own fragments (an offer's or event's ``details``): in a sentence, and what they tell.

Written to stand alone, they start with a capital; after "Add the practical details:" a
capital read as a field pasted in (r373). The first word is lowered where it is one that is
never a name nor, in German, a noun (``dialogplan/data/sentence_starts.yaml``). A last day to
sign up written there („Anmeldung bis 5. Mai“) is read out (``dialogplan/data/deadlines.yaml``).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

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


#: Month names and their numbers, German and English, full and short.
_MONTHS = {
    **{m: n for n, m in enumerate(("januar", "februar", "märz", "april", "mai", "juni", "juli",
                                   "august", "september", "oktober", "november", "dezember"), 1)},
    **{m: n for n, m in enumerate(("january", "february", "march", "april", "may", "june",
                                   "july", "august", "september", "october", "november",
                                   "december"), 1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12,
}  # fmt: skip
#: A part in brackets.
_BRACKETS = re.compile(r"\([^()]*\)")
#: A day this much later in the year than the event is in the year before.
HALF_YEAR = 183
#: A weekday before a date: "Friday 30 April", „Mittwoch, 5. Mai“.
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)\.?),?\s+"
)
#: After the words: a colon, an optional weekday, then "5. Mai", "5 May", "May 5", "05.05.".
_DAY = (
    r"\s*(?::\s*)?(?:on\s+)?(?:the\s+|dem\s+|zum\s+|am\s+)?(?:" + _WEEKDAY + r")?"
    r"(?:(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:(?P<m>\d{1,2})\.|(?P<name>[^\W\d_]+))"
    r"|(?P<name2>[^\W\d_]+)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)"
)


@cache
def _deadline_words() -> dict[str, Any]:
    """``dialogplan/data/deadlines.yaml``, read once."""
    data: dict[str, Any] = yaml.safe_load(
        files("dialogplan").joinpath("data/deadlines.yaml").read_text()
    )
    return data


@cache
def _deadline(language: str) -> re.Pattern[str]:
    """The words before a last day to sign up, then the day."""
    words = sorted(_deadline_words().get(language, ()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")" + _DAY, re.IGNORECASE)


def closing_day(text: str, language: str, event_day: date) -> date | None:
    """The last day to sign up that ``text`` gives, before ``event_day``; else None.

    The year is the event's, or the one before for a day more than half a year after the
    event's in the calendar („bis 15. Dezember“ for a January event).
    """
    # A deadline in brackets is for what the bracket is about: „Stände für Privatleute 5 Euro
    # (Anmeldung bis 17. April)“ is the stallholders', not the visitors'.
    plain = _BRACKETS.sub("", text or "")
    deadlines = _deadline(language).finditer(plain)
    found = next((m for m in deadlines if not _handed_in(plain, m.end(), language)), None)
    if found is None:
        return None
    day = found["d"] or found["d2"]
    name = (found["name"] or found["name2"] or "").casefold()
    month = int(found["m"]) if found["m"] else _MONTHS.get(name)
    if not month or not 1 <= int(day) <= 31:
        return None
    try:
        closes = date(event_day.year, month, int(day))
    except ValueError:
        return None
    if (closes - event_day).days > HALF_YEAR:
        closes = closes.replace(year=event_day.year - 1)
    return closes if closes < event_day else None


#: The rest of a clause after a deadline's date.
_CLAUSE_REST = re.compile(r"[^.;,]*")


def _handed_in(text: str, end: int, language: str) -> bool:
    """Whether the deadline ending at ``end`` is for handing something in, not for signing up.

    „Bücherspenden bitte bis 6. März in der Ausleihe abgeben“ is the donors' day: a library's
    flea market was answered with „Melde dich gern an“ (r475).
    """
    rest = _CLAUSE_REST.match(text, end)
    clause = rest.group().casefold() if rest else ""
    return any(word in clause for word in _drop_off(language))


def _drop_off(language: str) -> tuple[str, ...]:
    return tuple(_deadline_words().get("drop_off", {}).get(language, ()))


#: How far back a month a note names may lie and still be the one it means: "im März" read
#: in April is the March gone by; read in August, perhaps next year's.
MONTHS_BACK = 6


def names_a_month_gone(text: str, today: date) -> bool:
    """Whether a note names a month of this year that is over by ``today``.

    „die Heizung der Stadtkirche bei Konzerten im März“ was still to be brought up on 2 April,
    after the concert (r463).
    """
    months = {_MONTHS[w] for w in re.findall(r"[a-zäöü]+", text.casefold()) if w in _FULL_MONTHS}
    return any(0 < today.month - m <= MONTHS_BACK for m in months)


#: Full month names only: "mar" and "may" are words of their own too.
_FULL_MONTHS = frozenset(m for m in _MONTHS if len(m) > 3 and m != "sept") | {"mai"}


__all__ = ["MONTHS_BACK", "closing_day", "names_a_month_gone", "run_on"]
