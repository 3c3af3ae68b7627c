"""The contacts file: the people a team wants to stay in touch with, read row by row.

A calendar that knows nobody can only say "congratulate two contacts". A strategy may name a
contacts file (``contacts: contacts.csv``) that the team keeps in a spreadsheet; this module
reads it into :class:`Contacts`, typed and frozen, ready for the scheduler.

The file is CSV as :mod:`dialogplan.spreadsheet` reads it (UTF-8 with or without BOM, comma or
semicolon, a header in any order and case), one person per row:

- ``name`` (required): the person as the team calls them, on one line.
- ``channel`` (required): where the team usually talks with them, a catalogue channel by name
  or label in any case (``linkedin``, ``LinkedIn``); a typo gets the nearest name. It need not
  be a channel the strategy plans.
- ``tier`` (required): ``close``, ``regular`` or ``loose`` (the strategy's ``keep_in_touch``
  or ``dialogplan/data/keep_in_touch.yaml`` gives the days), or a whole number of days.
- ``profile``: a web address (``https://…``) or a handle (``@name``, ``@name@example.social``).
- ``last_contact``: the day of the last real conversation, ``YYYY-MM-DD`` or ``DD.MM.YYYY``;
  never after today, when the caller says which day that is.
- ``news`` and ``news_date``: something to congratulate on and its day, both or neither.
- ``birthday``: ``MM-DD``, ``DD.MM.`` or a full date ``YYYY-MM-DD`` / ``DD.MM.YYYY``.
- ``note``: free text for the team.
- ``talk_about``: what the team and the person share or last talked about, on one line, as
  prompts named for them may show it ("the hire maps on her counter").

The same name, channel and profile twice is one person written twice and refused; the same
name with different profiles is two people. A cell that starts with an apostrophe before
``=``, ``+``, ``-`` or ``@`` (how exports protect cells from spreadsheet formulas) is read
without it. Names, profiles, news, birthdays, notes and what to talk about are personal:
messages never quote them, and the models leave them out of their ``repr``, so a stray log
line shows none.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Annotated, Any, Literal, get_args
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field

from dialogplan.errors import ContactsError, did_you_mean
from dialogplan.limits import (
    LAST_YEAR,
    MAX_CONTACTS,
    MAX_CONTACTS_BYTES,
    MAX_INTERVAL_DAYS,
    MAX_TEXT_CHARS,
)
from dialogplan.spreadsheet import (
    Columns,
    SheetReader,
    UnreadableError,
    calendar_day,
    channel_names,
    decoded,
    neutralise,
    shown,
)

Tier = Literal["close", "regular", "loose"]
TIERS: tuple[Tier, ...] = get_args(Tier)

#: The columns a contacts file may have, in the order the docs list them.
COLUMNS = (
    "name",
    "channel",
    "profile",
    "tier",
    "last_contact",
    "news",
    "news_date",
    "birthday",
    "note",
    "talk_about",
)
REQUIRED_COLUMNS = ("name", "channel", "tier")
#: The columns as German teams and spreadsheets name them.
COLUMN_ALIASES = {
    "kanal": "channel",
    "plattform": "channel",
    "profil": "profile",
    "stufe": "tier",
    "last contact": "last_contact",
    "letzter kontakt": "last_contact",
    "neuigkeit": "news",
    "news date": "news_date",
    "datum neuigkeit": "news_date",
    "geburtstag": "birthday",
    "notiz": "note",
    "talk about": "talk_about",
    "gesprächsthema": "talk_about",
    "anknüpfungspunkt": "talk_about",
}

#: The longest name, profile and news a row may hold; a note may be as long as any
#: strategy value.
MAX_NAME_CHARS = 200
MAX_PROFILE_CHARS = 300
MAX_NEWS_CHARS = 300
#: What to talk about is read in a prompt: a line, not a paragraph.
MAX_TALK_CHARS = 200

#: Cells a prompt shows as part of a sentence, so they hold no line break.
ONE_LINE = {"name": "the name", "talk_about": "it"}

#: The earliest year of birth a birthday may give.
FIRST_BIRTH_YEAR = 1900


@cache
def default_intervals() -> Mapping[Tier, int]:
    """Days between touches per tier, from ``dialogplan/data/keep_in_touch.yaml``."""
    text = files("dialogplan").joinpath("data/keep_in_touch.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    return MappingProxyType({tier: int(raw[tier]) for tier in TIERS})


IntervalDays = Annotated[int, Field(ge=1, le=MAX_INTERVAL_DAYS)]


def _interval_field(tier: Tier) -> Any:
    return Field(
        default=None,
        description=f"Days between touches of a '{tier}' contact "
        f"(default: {default_intervals()[tier]}).",
    )


class KeepInTouch(BaseModel):
    """The strategy's ``keep_in_touch``: its own days between touches for some tiers."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    close: IntervalDays | None = _interval_field("close")
    regular: IntervalDays | None = _interval_field("regular")
    loose: IntervalDays | None = _interval_field("loose")

    def days(self, tier: Tier) -> int:
        """The days for a tier: the strategy's own, or the default."""
        own: int | None = getattr(self, tier)
        return default_intervals()[tier] if own is None else own


@dataclass(frozen=True, slots=True)
class Birthday:
    """A birthday: month and day, and the year when the row gives one."""

    month: int
    day: int
    year: int | None = None

    def in_year(self, year: int) -> date:
        """The day to congratulate in ``year``; 29 February falls on the 28th in other years."""
        if (self.month, self.day) == (2, 29) and not calendar.isleap(year):
            return date(year, 2, 28)
        return date(year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class News:
    """Something to congratulate a contact on: a new job, a founding, an award."""

    text: str = field(repr=False)
    day: date


@dataclass(frozen=True, slots=True)
class Contact:
    """One person the team wants to stay in touch with; nothing personal shows in its repr."""

    #: The line of the file the row starts on, for messages about it.
    row: int
    name: str = field(repr=False)
    #: The catalogue name of the channel, whatever the file called it.
    channel: str
    #: The row's tier, or None when it gives its own number of days.
    tier: Tier | None
    #: How long the team lets pass between two touches: the tier's days or the row's own.
    interval: timedelta
    profile: str = field(default="", repr=False)
    last_contact: date | None = None
    news: News | None = field(default=None, repr=False)
    birthday: Birthday | None = field(default=None, repr=False)
    note: str = field(default="", repr=False)
    #: What the team and the person share, as a prompt may show it; "" for nothing.
    talk_about: str = field(default="", repr=False)

    @property
    def due(self) -> date | None:
        """The day the interval runs out since the last contact; None when there was none."""
        return None if self.last_contact is None else self.last_contact + self.interval


@dataclass(frozen=True, slots=True, repr=False)
class Contacts:
    """The people of a contacts file, in file order, and what the file's bytes were.

    ``digest`` (SHA-256 of the file) lets a cache notice a changed file.
    """

    source: str = ""
    people: tuple[Contact, ...] = ()
    digest: str = ""

    def __len__(self) -> int:
        return len(self.people)

    def __iter__(self) -> Iterator[Contact]:
        return iter(self.people)

    def __repr__(self) -> str:
        return f"Contacts({len(self.people)} people from {self.source!r})"


#: A strategy without a contacts file knows nobody.
NO_CONTACTS = Contacts()

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})|([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_DAY_FORMS = "YYYY-MM-DD or DD.MM.YYYY"
_DAYS = re.compile(r"[0-9]{1,9}")
_HANDLE = re.compile(r"@?[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?")
_BIRTHDAY = (
    re.compile(r"(?:--)?(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"),
    re.compile(r"(?P<day>[0-9]{1,2})\.(?P<month>[0-9]{1,2})\.?"),
    re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"),
    re.compile(r"(?P<day>[0-9]{1,2})\.(?P<month>[0-9]{1,2})\.(?P<year>[0-9]{4})"),
)
_BIRTHDAY_FORMS = "MM-DD (03-14), DD.MM. (14.03.) or a full date (1985-03-14, 14.03.1985)"


def parse_day(value: str) -> date:
    """A date cell, ``YYYY-MM-DD`` or ``DD.MM.YYYY``, checked against the calendar."""
    match = _DAY.fullmatch(value)
    if match is None:
        raise ValueError(f"expected a date as {_DAY_FORMS}, got {shown(value)}")
    iso_year, iso_month, iso_day, day, month, year = match.groups()
    if iso_year is not None:
        return calendar_day(iso_year, iso_month, iso_day, value)
    return calendar_day(year, month, day, value)


def _unprotected(value: str) -> str:
    """A cell without the apostrophe an export put before a formula character."""
    if value.startswith("'") and neutralise([value[1:]])[0] == value:
        return value[1:]
    return value


class _ContactsReader(SheetReader[Contact]):
    """Reads one contacts file; messages name row and column, never what a person wrote."""

    columns = COLUMNS
    aliases = COLUMN_ALIASES
    required = REQUIRED_COLUMNS
    what = "contacts file"
    max_bytes = MAX_CONTACTS_BYTES
    max_rows = MAX_CONTACTS
    too_many_rows = "keep the people the team really means to stay in touch with"
    private = True

    def __init__(self, source: str, keep: KeepInTouch, today: date | None) -> None:
        super().__init__(source)
        self.keep = keep
        self.today = today
        self.channels = channel_names()
        #: Name, channel and profile of every row read so far, with its line.
        self.seen: dict[tuple[str, str, str], int] = {}

    def row(self, line: int, columns: Columns, cells: list[str]) -> Contact | None:
        before = self.found
        # Every column of the header, also where a short row ends before it.
        values = {column: "" for column in columns if column}
        values |= {k: _unprotected(v) for k, v in self.values(line, columns, cells).items()}
        self.controls(line, values)
        name = self.text(line, values, "name", MAX_NAME_CHARS)
        channel = self.channel(line, values)
        tier = self.tier(line, values)
        profile = self.profile(line, values.get("profile", ""))
        last = self.day(line, values, "last_contact")
        news = self.news(line, values)
        birthday = self.birthday(line, values.get("birthday", ""))
        note = self.text(line, values, "note", MAX_TEXT_CHARS)
        talk = self.text(line, values, "talk_about", MAX_TALK_CHARS)
        missing = any(column not in columns for column in REQUIRED_COLUMNS)
        if self.found > before or missing or tier is None:
            return None
        if not self.distinct(line, name, channel, profile):
            return None
        tier_name, interval = tier
        return Contact(
            line, name, channel, tier_name, interval, profile, last, news, birthday, note, talk
        )

    def controls(self, line: int, values: dict[str, str]) -> None:
        """Characters no spreadsheet shows, which would travel into every prompt."""
        for column, value in values.items():
            if match := _CONTROL.search(value):
                self.problem(
                    column,
                    line,
                    f"holds a control character (U+{ord(match.group()):04X}) that no "
                    "spreadsheet shows; remove it",
                )
                values[column] = _CONTROL.sub("", value)  # so nothing else is reported twice

    def text(self, line: int, values: dict[str, str], column: str, limit: int) -> str:
        """A free-text cell, at most ``limit`` characters; the name is required, on one line."""
        value = values.get(column, "")
        if column == "name" and "name" in values and not value:
            self.problem(column, line, "is required but empty; give the person's name")
        if column in ONE_LINE and ("\n" in value or "\r" in value):
            self.problem(column, line, f"holds a line break; write {ONE_LINE[column]} on one line")
        if len(value) > limit:
            self.problem(column, line, f"is {len(value):,} characters long; keep it to {limit:,}")
        return value

    def channel(self, line: int, values: dict[str, str]) -> str:
        """The catalogue name of a channel, with the nearest name on a typo."""
        value = values.get("channel", "")
        if not value:
            if "channel" in values:
                self.problem("channel", line, "is required but empty; give where you usually talk")
            return ""
        name = self.channels.get(value.casefold())
        if name is None:
            names = set(self.channels.values())
            hint = did_you_mean(value.casefold(), names)
            hint = hint or f"; known channels: {', '.join(sorted(names))}"
            self.problem("channel", line, f"unknown channel {shown(value)}{hint}")
            return ""
        return name

    def tier(self, line: int, values: dict[str, str]) -> tuple[Tier | None, timedelta] | None:
        """The tier and the days it stands for, or a row's own number of days."""
        value = values.get("tier", "")
        days = "a whole number of days such as 45"
        if not value:
            if "tier" in values:
                self.problem(
                    "tier", line, f"is required but empty; give close, regular, loose or {days}"
                )
            return None
        key = value.casefold()
        for tier in TIERS:
            if key == tier:
                return tier, timedelta(days=self.keep.days(tier))
        if _DAYS.fullmatch(value) is None:
            self.problem(
                "tier", line, f"expected close, regular, loose or {days}, got {shown(value)}"
            )
            return None
        if not 1 <= int(value) <= MAX_INTERVAL_DAYS:
            self.problem(
                "tier",
                line,
                f"{shown(value)} days is out of range; give 1 to {MAX_INTERVAL_DAYS:,} days",
            )
            return None
        return None, timedelta(days=int(value))

    def profile(self, line: int, value: str) -> str:
        """A web address or a handle; a bare domain is asked to become a full address."""
        if not value:
            return value
        if len(value) > MAX_PROFILE_CHARS:
            self.problem(
                "profile",
                line,
                f"is {len(value):,} characters long; keep it to {MAX_PROFILE_CHARS}",
            )
        elif value.casefold().startswith(("http://", "https://")):
            if not web_address(value):
                self.problem(
                    "profile", line, "is no web address: give one like https://example.com/name"
                )
        elif _HANDLE.fullmatch(value) is None:
            how = (
                "write it as a full web address starting with https://"
                if "/" in value
                else "expected a web address starting with https:// or a handle such as "
                "@name or @name@example.social"
            )
            self.problem("profile", line, how)
        return value

    def day(self, line: int, values: dict[str, str], column: str) -> date | None:
        """A date cell, or None when it is empty or cannot be read."""
        value = values.get(column, "")
        if not value:
            return None
        try:
            day = parse_day(value)
        except ValueError as exc:
            self.problem(column, line, str(exc))
            return None
        if column == "last_contact" and self.today is not None and day > self.today:
            self.problem(
                column,
                line,
                f"{shown(value)} lies after today ({self.today}, this computer's date, not "
                "the plan's start); a last contact is a conversation that took place: give "
                "its day, or leave the cell empty",
            )
            return None
        return day

    def news(self, line: int, values: dict[str, str]) -> News | None:
        """The news and its day: both or neither."""
        text = self.text(line, values, "news", MAX_NEWS_CHARS)
        day = self.day(line, values, "news_date")
        if text and not values.get("news_date"):
            self.problem(
                "news_date",
                line,
                "is empty, but 'news' is given; give the day of the news (YYYY-MM-DD), "
                "so that a congratulation can be timed",
            )
        if values.get("news_date") and not text:
            self.problem(
                "news",
                line,
                "is empty, but 'news_date' is given; say what happened (a new job, a "
                "founding, an award) or clear 'news_date'",
            )
        return News(text, day) if text and day is not None else None

    def birthday(self, line: int, value: str) -> Birthday | None:
        """A birthday in one of its forms; the cell is never quoted, it is personal."""
        if not value:
            return None
        match = next((m for form in _BIRTHDAY if (m := form.fullmatch(value))), None)
        if match is None:
            self.problem("birthday", line, f"expected a birthday as {_BIRTHDAY_FORMS}")
            return None
        parts = match.groupdict()
        year = int(parts["year"]) if parts.get("year") else None
        month, day = int(parts["month"]), int(parts["day"])
        if year is not None and not FIRST_BIRTH_YEAR <= year <= LAST_YEAR:
            self.problem("birthday", line, f"the year lies outside {FIRST_BIRTH_YEAR}–{LAST_YEAR}")
            return None
        try:
            born = date(year or 2000, month, day)  # 2000: a leap year, for 29 February
        except ValueError:
            self.problem(
                "birthday",
                line,
                "is not a day in the calendar; write the month before the "
                "day in MM-DD, the day first in DD.MM.",
            )
            return None
        if year is not None and self.today is not None and born > self.today:
            self.problem(
                "birthday", line, "lies after today; give the year of birth, or only MM-DD"
            )
            return None
        return Birthday(month, day, year)

    def distinct(self, line: int, name: str, channel: str, profile: str) -> bool:
        """False, with the problem, when an earlier row has the same name, channel and profile."""
        key = person_key(name, channel, profile)
        earlier = self.seen.setdefault(key, line)
        if earlier == line:
            return True
        self.problem(
            "name",
            line,
            f"the same person as row {earlier} (same name, channel and profile); merge the "
            "two rows, or tell the two people apart by their profile",
        )
        return False


def person_key(name: str, channel: str, profile: str) -> tuple[str, str, str]:
    """What makes two rows the same person: name, channel and profile, in any case."""
    return (name.casefold(), channel, profile.casefold().rstrip("/"))


def web_address(value: str) -> bool:
    """An http(s) address with a host and no spaces."""
    try:
        host = urlsplit(value).hostname
    except ValueError:  # a broken IPv6 literal: http://[
        return False
    return bool(host) and not any(c.isspace() for c in value)


def parse_contacts(
    data: bytes,
    source: str,
    keep: KeepInTouch | None = None,
    *,
    today: date | None = None,
) -> Contacts:
    """Read a contacts file; raise :class:`ContactsError` listing every problem at once.

    ``keep`` is the strategy's ``keep_in_touch``; ``today``, when given, refuses a last
    contact or a year of birth after it (the caller knows the day; this module never asks).
    """
    reader = _ContactsReader(source, keep or KeepInTouch(), today)
    try:
        people = reader.read(decoded(data))
    except UnreadableError as exc:
        reader.problem("", exc.line, exc.reason)
        people = []
    if reader.found:
        raise ContactsError(reader.problems, reader.omitted)
    return Contacts(source, tuple(people), hashlib.sha256(data).hexdigest())
