"""Calendar arithmetic and the names of days and months, spelled out once.

Weekday and month names are written by hand, so no operating-system locale can change a
byte of the output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from itertools import pairwise

#: Short weekday names, Monday first, per language.
WEEKDAY_NAMES = {
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
#: Short English month names, January first.
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Full weekday names, Monday first, per language.
WEEKDAY_FULL = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
#: Full month names, January first, per language.
MONTH_FULL = {
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def monday(day: date) -> date:
    """The Monday of the week a day lies in: weeks are Monday to Sunday everywhere here."""
    return day - timedelta(days=day.weekday())


def mondays(first: date, last: date) -> list[date]:
    """The Mondays of every week from the one holding ``first`` to the one holding ``last``."""
    start, end = monday(first), monday(last)
    return [start + timedelta(days=7 * i) for i in range((end - start).days // 7 + 1)]


def days(first: date, last: date) -> Iterator[date]:
    """Every day from ``first`` to ``last``, both included."""
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def months(first: date, last: date, min_days: int = 1) -> Iterator[tuple[date, date]]:
    """The calendar months from ``first`` to ``last``, clipped to them, of ``min_days`` or more."""
    month = first.replace(day=1)
    while month <= last:
        after = (month + timedelta(days=32)).replace(day=1)
        start, end = max(month, first), min(after - timedelta(days=1), last)
        if (end - start).days + 1 >= min_days:
            yield start, end
        month = after


def format_day(day: date, language: str) -> str:
    """A day as a prompt names it: ``Di., 12.01.`` or ``Tue 12 Jan``."""
    name = WEEKDAY_NAMES[language][day.weekday()]
    if language == "de":
        return f"{name}, {day.day:02d}.{day.month:02d}."
    return f"{name} {day.day} {MONTH_NAMES[day.month - 1]}"


def day_and_month(day: date, language: str) -> str:
    """A day without weekday or year, as a sentence says it: ``8 March`` or ``8. März``."""
    month = MONTH_FULL[language][day.month - 1]
    return f"{day.day}. {month}" if language == "de" else f"{day.day} {month}"


#: Small numbers spelled out; German in the dative plural („vor drei Monaten“).
_NUMBER_WORDS = {
    "en": ("", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve"),
    "de": ("", "", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
           "elf", "zwölf"),
}  # fmt: skip
#: Each unit: English singular and plural; German dative singular and plural.
_UNITS = {
    "day": {"en": ("day", "days"), "de": ("einem Tag", "Tagen")},
    "week": {"en": ("week", "weeks"), "de": ("einer Woche", "Wochen")},
    "month": {"en": ("month", "months"), "de": ("einem Monat", "Monaten")},
    "year": {"en": ("year", "years"), "de": ("einem Jahr", "Jahren")},
}


#: Days that people call "a month" rather than a count of weeks.
ABOUT_A_MONTH = (28, 34)
#: Days short of a whole month that make it "almost": 89 days are not "two months".
ALMOST_DAYS = 4
_ALMOST = {"en": "almost", "de": "fast"}
#: Days past whole months that make it "over": 82 days are not "two months" either.
OVER_DAYS = 11
_OVER = {"en": "over", "de": "über"}


def duration(days_between: int, language: str) -> str:
    """A span as people say it, rounded: ``three months``, German in the dative.

    The German form follows „vor“ or „seit“: ``drei Monaten``, ``einer Woche``. Under two weeks
    in days, under two months in weeks, under two years in months; four weeks and a few days
    are "a month" (32 days are not "five weeks"). Months and years are whole ones gone by:
    eleven weeks ago is "over two months ago", never "three"; a few days short of the next
    month, it is "almost three months".
    """
    qualifier = ""
    if days_between < 14:
        unit, count = "day", max(days_between, 1)
    elif ABOUT_A_MONTH[0] <= days_between <= ABOUT_A_MONTH[1]:
        unit, count = "month", 1
    elif days_between < 61:
        unit, count = "week", round(days_between / 7)
    elif days_between < 730:
        unit, count = "month", days_between // 30
        if 30 - days_between % 30 <= ALMOST_DAYS:
            return f"{_ALMOST[language]} {duration(days_between + ALMOST_DAYS, language)}"
        if days_between % 30 >= OVER_DAYS:
            qualifier = f"{_OVER[language]} "
    else:
        unit, count = "year", days_between // 365
    one, many = _UNITS[unit][language]
    if count == 1:
        return one if language == "de" else f"a {one}"
    words = _NUMBER_WORDS[language]
    number = words[count] if count < len(words) else str(count)
    return f"{qualifier}{number} {many}"


def format_start(moment: datetime, language: str) -> str:
    """A local date and time as people of the plan's language write it."""
    day = WEEKDAY_NAMES[language][moment.weekday()]
    clock = f"{moment.hour:02d}:{moment.minute:02d}"
    if language == "de":
        return f"{day}, {moment.day:02d}.{moment.month:02d}.{moment.year}, {clock}"
    return f"{day} {moment.day} {MONTH_NAMES[moment.month - 1]} {moment.year}, {clock}"


_CLOCK = re.compile(r"(\d{2}):(\d{2})(?:-(\d{2}):(\d{2}))?")


#: An end earlier than the start is the next morning's, up to this hour: a ball from 19:30
#: to 01:00. Later, "21:00-19:00" is a slip, not a night.
LAST_NIGHT_HOUR = 6


def parse_clock(text: str) -> tuple[time, time | None]:
    """``"19:00"`` or ``"19:00-21:00"`` as a start and an optional end time of day.

    An end before :data:`LAST_NIGHT_HOUR` and before the start is after midnight
    (:func:`past_midnight`).
    """
    match = _CLOCK.fullmatch(text)
    if not match:
        raise ValueError(f"time {text!r} is not of the form HH:MM or HH:MM-HH:MM")
    try:
        start = time(int(match[1]), int(match[2]))
        end = time(int(match[3]), int(match[4])) if match[3] else None
    except ValueError:
        raise ValueError(f"time {text!r} names a time of day that does not exist") from None
    if end is not None and end <= start and end.hour >= LAST_NIGHT_HOUR:
        raise ValueError(
            f"time {text!r} ends before it starts (an end after midnight is before "
            f'{LAST_NIGHT_HOUR:02d}:00, as in "19:30-01:00")'
        )
    return start, end


def past_midnight(start: time, end: time | None) -> bool:
    """Whether an event that starts at ``start`` ends after midnight, the next morning."""
    return end is not None and end <= start


def minutes_long(start: time, end: time) -> int:
    """How long from ``start`` to ``end``, across midnight where it ends the next morning."""
    minutes = (end.hour - start.hour) * 60 + end.minute - start.minute
    return minutes + 24 * 60 if past_midnight(start, end) else minutes


def format_clock(text: str, language: str) -> str:
    """An event's time as people say it: ``19 Uhr``, ``19–21 Uhr``; ``7 pm``, ``7–9 pm``."""
    start, end = parse_clock(text)
    if language == "de":
        span = _uhr(start) + (f"–{_uhr(end)}" if end else "")
        return f"{span} Uhr"
    if end is None:
        return _twelve(start, suffix=True)
    same_half = (start.hour < 12) == (end.hour < 12)
    return f"{_twelve(start, suffix=not same_half)}–{_twelve(end, suffix=True)}"


def _uhr(moment: time) -> str:
    return f"{moment.hour}" if not moment.minute else f"{moment.hour}:{moment.minute:02d}"


def _twelve(moment: time, *, suffix: bool) -> str:
    hour = moment.hour % 12 or 12
    text = f"{hour}" if not moment.minute else f"{hour}:{moment.minute:02d}"
    return f"{text} {'am' if moment.hour < 12 else 'pm'}" if suffix else text


def silences(
    active: Iterable[date], first: date, last: date, tolerance: int
) -> Iterator[tuple[date, date]]:
    """Stretches of days without activity in ``first``..``last`` longer than ``tolerance``.

    A stretch of exactly ``tolerance`` silent days is tolerated; one day more is not.
    """
    inside = sorted({day for day in active if first <= day <= last})
    edges = [first - timedelta(days=1), *inside, last + timedelta(days=1)]
    for before, after in pairwise(edges):
        if (after - before).days - 1 > tolerance:
            yield before + timedelta(days=1), after - timedelta(days=1)


_MONTH = "|".join(m for names in MONTH_FULL.values() for m in names)
#: A date at the end of a title, after a comma, a dash or a bracket, or with its day and
#: perhaps "on" or „am“: ", 26 February", " – 8. Mai", " (April)", " 8 May", " on 14 April";
#: not the month of "Meet in May".
_TRAILING_DATE = re.compile(
    rf"(?:\s*[,–-]\s*|\s*\(\s*|(?:\s+(?:on|am|vom))?\s+(?=\d))"
    rf"(?:\d{{1,2}}\.?\s+)?(?:{_MONTH})(?:\s+\d{{4}})?\)?\s*$"
)


def undated(title: str) -> str:
    """An event's title without the date a series puts in it, for where its day is said anyway.

    "Beach clean Porthkellis, 8 May on Saturday 8 May" says the day twice; a title that is
    nothing but a date stays as it is.
    """
    rest = _TRAILING_DATE.sub("", title)
    return rest if rest.strip() else title


#: Month names, day numbers and years, and the marks around them, in a title.
_DATE_WORDS = re.compile(rf"\b(?:{_MONTH}|\d{{1,4}}\.?)(?!\w)|[^\w\s]", re.IGNORECASE)


def series_name(title: str) -> str:
    """A title without any of its dates: "Tanzabend Februar" and "Tanzabend März" are one."""
    return " ".join(_DATE_WORDS.sub(" ", title).casefold().split())
