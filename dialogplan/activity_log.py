"""The activity log: what a team records of its social-media work, read row by row.

Teams record their work in a small CSV file; :mod:`dialogplan.reality` holds it against the
plan. This module only reads it, and reports every row it cannot read.

The activity log
----------------

A CSV file a team writes by hand or exports from a spreadsheet, one activity per row:

- UTF-8, with or without a byte order mark (spreadsheets often write one).
- Comma- or semicolon-separated: the separator is whichever of the two the header line uses
  more often, so German spreadsheet exports (semicolons) work as they are.
- The first non-blank line is a header naming the columns, in any order and any case.
- Blank lines, and rows whose cells are all empty, are skipped.
- A cell holding the separator or a line break is quoted (``"…"``), as spreadsheets do; a
  quote left open is reported instead of swallowing the rows after it.

Columns:

- ``date`` (required): ``YYYY-MM-DD`` or ``DD.MM.YYYY``, optionally followed by a time:
  ``2027-01-05T08:30``, ``2027-01-05 08:30``, ``05.01.2027 08:30`` (seconds allowed).
  Times are local to the strategy's time zone; an ISO time may carry an offset (``Z``,
  ``+01:00``) and is then converted to that zone, which can move it to another day.
- ``time`` (optional): ``HH:MM`` or ``HH:MM:SS``, for spreadsheets that keep the time in a
  column of its own. Not together with a time in ``date``.
- ``channel`` (required): a channel of the strategy, by its name (``linkedin``,
  ``facebook-group``) or its label (``LinkedIn``, ``Facebook-Gruppen``), in any case.
  A channel the strategy does not plan is a problem, not a row to skip.
- ``move`` (optional): the dialogue move, by name (``ask``, ``reply``, ``comment``, ...) or
  by label (``Kommentieren``, ``Reply round``), in any case.
- ``link`` and ``note`` (optional): free text, for the team's own use.
- ``contact`` (optional): the person the activity was with, as the contacts file names them
  (any case); the people check counts them as reached.

A log written by hand::

    date,channel,move,link,note
    2027-01-05,linkedin,ask,https://www.linkedin.com/feed/update/…,Frage zu Lastenrädern
    2027-01-05 19:40,facebook-group,group-help,,Grillrunde: Tipp zu Gruppenregeln

The same kind of log exported from a German spreadsheet::

    date;time;channel;move;note
    07.01.2027;08:15;LinkedIn;Kommentieren;bei Kim Albers
    08.01.2027;;Facebook-Gruppen;;

Every row that cannot be read is reported with its line number and the reason, all at once;
nothing is dropped silently. An unknown column, a missing required column or a value in a
column without a header is a problem too, so a typo in the header cannot hide a whole column.
All at once means the first :data:`~dialogplan.limits.MAX_PROBLEMS_SHOWN` (50) problems and
the number of the rest, so a log that is wrong throughout still gives a message a person can
read.

Limits: a log holds at most :data:`~dialogplan.limits.MAX_LOG_BYTES` (20 MiB) and
:data:`~dialogplan.limits.MAX_LOG_ROWS` (200,000 rows, years of a busy team's work), and its
dates lie in the years :data:`~dialogplan.limits.FIRST_YEAR` to
:data:`~dialogplan.limits.LAST_YEAR` (2000–2100), like a strategy's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from dialogplan.errors import ActivityLogError, did_you_mean
from dialogplan.limits import MAX_LOG_BYTES, MAX_LOG_ROWS
from dialogplan.moves import MOVES
from dialogplan.spreadsheet import (
    Columns,
    SheetReader,
    calendar_day,
    channel_names,
    names_of,
    shown,
)
from dialogplan.strategy import Strategy

#: The columns a log may have, in the order the docs list them.
INPUT_COLUMNS = ("date", "time", "channel", "move", "link", "note", "contact")
REQUIRED_COLUMNS = ("date", "channel")
#: The columns as German teams and spreadsheets name them.
COLUMN_ALIASES = {
    "datum": "date",
    "uhrzeit": "time",
    "zeit": "time",
    "kanal": "channel",
    "plattform": "channel",
    "schritt": "move",
    "notiz": "note",
    "kontakt": "contact",
}


@dataclass(frozen=True, slots=True)
class LoggedActivity:
    """One activity a team logged, as read from its row."""

    #: The line of the file the row starts on.
    line: int
    #: The local day, in the strategy's time zone.
    day: date
    #: The local time of day, when the log gives one.
    time: time | None
    #: The strategy's name for the channel, whatever the log called it.
    channel: str
    #: The move's name, or "" when the log names none.
    move: str
    link: str
    note: str
    #: The person the activity was with, as the contacts file names them; "" when none.
    contact: str = field(default="", repr=False)


_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_GERMAN = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_DATE_FORMS = "YYYY-MM-DD or DD.MM.YYYY, optionally followed by a time HH:MM"


def _offset(text: str) -> timezone:
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _time_of(hour: str, minute: str, second: str | None, value: str) -> time:
    try:
        return time(int(hour), int(minute), int(second or 0))
    except ValueError:
        raise ValueError(f"{shown(value)} names a time of day that does not exist") from None


def _parse_when(value: str, zone: ZoneInfo) -> tuple[date, time | None]:
    """A log's date cell as a local day and, when given, a local time of day."""
    if match := _ISO.fullmatch(value):
        year, month, day, hour, minute, second, offset = match.groups()
    elif match := _GERMAN.fullmatch(value):
        day, month, year, hour, minute, second = match.groups()
        offset = None
    else:
        raise ValueError(f"expected a date as {_DATE_FORMS}, got {shown(value)}")
    when = calendar_day(year, month, day, value)
    if hour is None:
        return when, None
    clock = _time_of(hour, minute, second, value)
    if offset is None:
        return when, clock
    try:
        local = datetime.combine(when, clock, tzinfo=_offset(offset)).astimezone(zone)
    except ValueError:  # an offset of a day or more: +24:00, -99:99
        raise ValueError(f"{shown(value)} has an offset from UTC that does not exist") from None
    return local.date(), local.time()


def _move_names() -> dict[str, str]:
    return names_of((n, m.labels.values()) for n, m in MOVES.items())


class _LogReader(SheetReader[LoggedActivity]):
    """Reads one log, collecting every problem instead of stopping at the first."""

    columns = INPUT_COLUMNS
    aliases = COLUMN_ALIASES
    required = REQUIRED_COLUMNS
    what = "log"
    max_bytes = MAX_LOG_BYTES
    max_rows = MAX_LOG_ROWS
    too_many_rows = (
        "keep the rows of the plans still being checked and move older ones to another file"
    )

    def __init__(self, source: str, strategy: Strategy) -> None:
        super().__init__(source)
        self.strategy = strategy
        self.channels = channel_names()
        self.moves = _move_names()

    def row(self, line: int, columns: Columns, cells: list[str]) -> LoggedActivity | None:
        """One activity, or None when a cell in it cannot be read (the problem is recorded)."""
        before = self.found
        values = self.values(line, columns, cells)
        day, clock = self.when(line, columns, values)
        channel = self.channel(line, columns, values.get("channel", ""))
        move = self.move(line, values.get("move", ""))
        # Without a day the header lacks its date column, a problem reported there already.
        if self.found > before or day is None:
            return None
        return LoggedActivity(
            line=line,
            day=day,
            time=clock,
            channel=channel,
            move=move,
            link=values.get("link", ""),
            note=values.get("note", ""),
            contact=values.get("contact", ""),
        )

    def when(
        self, line: int, columns: Columns, values: dict[str, str]
    ) -> tuple[date | None, time | None]:
        day: date | None = None
        clock: time | None = None
        if "date" in columns:
            value = values.get("date", "")
            if not value:
                self.problem("date", line, "is required but empty")
            else:
                try:
                    day, clock = _parse_when(value, self.strategy.zone)
                except ValueError as exc:
                    self.problem("date", line, str(exc))
        if extra := values.get("time", ""):
            if clock is not None:
                self.problem("time", line, "the date already carries a time; give it once")
            else:
                clock = self.clock(line, extra)
        return day, clock

    def clock(self, line: int, value: str) -> time | None:
        """A time column's cell as a time of day, or None when it cannot be read."""
        if match := _TIME.fullmatch(value):
            hour, minute, second = match.groups()
            try:
                return _time_of(hour, minute, second, value)
            except ValueError as exc:
                self.problem("time", line, str(exc))
                return None
        self.problem("time", line, f"expected a time as HH:MM, got {shown(value)}")
        return None

    def channel(self, line: int, columns: Columns, value: str) -> str:
        if "channel" not in columns:
            return ""
        planned = list(self.strategy.channels)
        if not value:
            self.problem("channel", line, "is required but empty")
            return ""
        name = self.channels.get(value.casefold())
        if name is None:
            hint = did_you_mean(value.casefold(), set(planned))
            hint = hint or f"; this strategy's channels: {', '.join(planned)}"
            self.problem("channel", line, f"unknown channel {shown(value)}{hint}")
            return ""
        if name not in planned:
            self.problem(
                "channel",
                line,
                f"{shown(value)} is not a channel of this strategy; "
                f"its channels: {', '.join(planned)}",
            )
            return ""
        return name

    def move(self, line: int, value: str) -> str:
        if not value:
            return ""
        name = self.moves.get(value.casefold())
        if name is None:
            hint = did_you_mean(value.casefold(), set(MOVES))
            hint = hint or f"; moves: {', '.join(MOVES)}"
            self.problem("move", line, f"unknown move {shown(value)}{hint}")
            return ""
        return name


def parse_activity(text: str, source: str, strategy: Strategy) -> tuple[LoggedActivity, ...]:
    """Read an activity log; raise :class:`ActivityLogError` listing every unreadable row.

    The result holds one :class:`LoggedActivity` per row, in file order.
    """
    reader = _LogReader(source, strategy)
    records = reader.read(text)
    if reader.found:
        raise ActivityLogError(reader.problems, reader.omitted)
    return tuple(records)
