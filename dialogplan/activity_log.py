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

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from dialogplan.catalogue import catalogue
from dialogplan.errors import ActivityLogError, Problem, did_you_mean
from dialogplan.limits import MAX_LOG_BYTES, MAX_LOG_ROWS, MAX_PROBLEMS_SHOWN, year_problem
from dialogplan.moves import MOVES
from dialogplan.strategy import Strategy

#: The columns a log may have, in the order the docs list them.
INPUT_COLUMNS = ("date", "time", "channel", "move", "link", "note")
REQUIRED_COLUMNS = ("date", "channel")


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


_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_GERMAN = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_DATE_FORMS = "YYYY-MM-DD or DD.MM.YYYY, optionally followed by a time HH:MM"


def _shown(value: str) -> str:
    """A cell quoted for a message, cut short: a stray quote can pull in half a file."""
    return repr(value if len(value) <= 60 else value[:57] + "...")


class _UnreadableError(Exception):
    """CSV the reader cannot split into cells, from the given line on."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


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
        raise ValueError(f"{_shown(value)} names a time of day that does not exist") from None


def _parse_when(value: str, zone: ZoneInfo) -> tuple[date, time | None]:
    """A log's date cell as a local day and, when given, a local time of day."""
    if match := _ISO.fullmatch(value):
        year, month, day, hour, minute, second, offset = match.groups()
    elif match := _GERMAN.fullmatch(value):
        day, month, year, hour, minute, second = match.groups()
        offset = None
    else:
        raise ValueError(f"expected a date as {_DATE_FORMS}, got {_shown(value)}")
    if (why := year_problem(int(year))) is not None:
        raise ValueError(f"{_shown(value)}: {why}")
    try:
        when = date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"{_shown(value)} is not a day in the calendar") from None
    if hour is None:
        return when, None
    clock = _time_of(hour, minute, second, value)
    if offset is None:
        return when, clock
    try:
        local = datetime.combine(when, clock, tzinfo=_offset(offset)).astimezone(zone)
    except ValueError:  # an offset of a day or more: +24:00, -99:99
        raise ValueError(f"{_shown(value)} has an offset from UTC that does not exist") from None
    return local.date(), local.time()


def _names(pairs: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
    """Everything people call a thing, lower-cased, mapped to its name."""
    lookup: dict[str, str] = {}
    for name, aliases in pairs:
        for alias in (name, *aliases):
            lookup.setdefault(alias.casefold(), name)
    return lookup


def _channel_names() -> dict[str, str]:
    return _names((n, [s.label, *s.labels.values()]) for n, s in catalogue().items())


def _move_names() -> dict[str, str]:
    return _names((n, m.labels.values()) for n, m in MOVES.items())


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Non-blank CSV rows with the line each starts on; the separator comes from the header.

    The reader is strict: a quote left open would otherwise swallow every row after it.
    """
    lines = text.splitlines()
    header = next((line for line in lines if line.strip()), "")
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous = 0
    try:
        for row in reader:
            line, previous = previous + 1, reader.line_num
            if any(cell.strip() for cell in row):
                yield line, row
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            reason = "a quote opened in this row is never closed; close it or remove it"
        else:
            reason = (
                f"cannot be split into cells ({exc}); put quotes around the whole cell "
                'and double every quote inside it ("")'
            )
        raise _UnreadableError(previous + 1, reason) from None


class _LogReader:
    """Reads one log, collecting every problem instead of stopping at the first."""

    def __init__(self, source: str, strategy: Strategy) -> None:
        self.source = source
        self.strategy = strategy
        self.problems: list[Problem] = []
        #: Problems past the first MAX_PROBLEMS_SHOWN, counted rather than kept.
        self.omitted = 0
        self.channels = _channel_names()
        self.moves = _move_names()

    def problem(self, column: str, line: int | None, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS_SHOWN:
            self.problems.append(Problem(self.source, column, line, message))
        else:
            self.omitted += 1

    @property
    def found(self) -> int:
        """Problems found so far, kept or counted."""
        return len(self.problems) + self.omitted

    def header(self, line: int, cells: list[str]) -> list[str | None] | None:
        """The column of every cell, or None for no header at all.

        A cell without a name gives "": values below it are problems. A name already reported
        (unknown, or twice) gives None, so its values are not reported once more on every row.
        """
        names = [cell.strip().casefold() for cell in cells]
        if not set(names) & set(INPUT_COLUMNS):
            shown = ", ".join(cell.strip() for cell in cells)
            self.problem(
                "",
                line,
                f"expected a header row naming the columns ({', '.join(INPUT_COLUMNS)}), "
                f"got {_shown(shown)}",
            )
            return None
        columns: list[str | None] = []
        for cell, name in zip(cells, names, strict=True):
            columns.append(self.column(line, cell.strip(), name, columns))
        for required in REQUIRED_COLUMNS:
            if required not in columns:
                self.problem(required, line, "required column is missing from the header")
        return columns

    def column(self, line: int, cell: str, name: str, before: list[str | None]) -> str | None:
        """What one header cell names: see :meth:`header`."""
        if not name:
            return ""
        if name in before:
            self.problem(cell, line, "column appears twice; keep one")
            return None
        if name not in INPUT_COLUMNS:
            hint = did_you_mean(name, set(INPUT_COLUMNS))
            hint = hint or f"; known columns: {', '.join(INPUT_COLUMNS)}"
            self.problem(cell, line, f"unknown column {_shown(cell)}{hint}")
            return None
        return name

    def row(self, line: int, columns: list[str | None], cells: list[str]) -> LoggedActivity | None:
        """One activity, or None when a cell in it cannot be read (the problem is recorded)."""
        before = self.found
        values: dict[str, str] = {}
        for n, cell in enumerate(cells):
            name = columns[n] if n < len(columns) else ""
            if name:
                values[name] = cell.strip()
            elif name == "" and cell.strip():
                self.problem(
                    f"column {n + 1}",
                    line,
                    f"holds {_shown(cell.strip())}, but the header names no column there",
                )
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
        )

    def when(
        self, line: int, columns: list[str | None], values: dict[str, str]
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
        self.problem("time", line, f"expected a time as HH:MM, got {_shown(value)}")
        return None

    def channel(self, line: int, columns: list[str | None], value: str) -> str:
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
            self.problem("channel", line, f"unknown channel {_shown(value)}{hint}")
            return ""
        if name not in planned:
            self.problem(
                "channel",
                line,
                f"{_shown(value)} is not a channel of this strategy; "
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
            self.problem("move", line, f"unknown move {_shown(value)}{hint}")
            return ""
        return name


def parse_activity(text: str, source: str, strategy: Strategy) -> tuple[LoggedActivity, ...]:
    """Read an activity log; raise :class:`ActivityLogError` listing every unreadable row.

    The result holds one :class:`LoggedActivity` per row, in file order.
    """
    reader = _LogReader(source, strategy)
    if (size := len(text.encode("utf-8", "surrogatepass"))) > MAX_LOG_BYTES:
        reader.problem(
            "", None, f"the log holds {size:,} bytes; a log may hold at most {MAX_LOG_BYTES:,}"
        )
        raise ActivityLogError(reader.problems)
    records: list[LoggedActivity] = []
    rows = _rows(text.removeprefix("\ufeff"))
    try:
        first = next(rows, None)
        if first is None:
            reader.problem(
                "", None, f"the file is empty; start with a header: {','.join(INPUT_COLUMNS)}"
            )
        elif (columns := reader.header(*first)) is not None:
            _read_rows(reader, columns, rows, records)
    except _UnreadableError as exc:
        reader.problem("", exc.line, exc.reason)
    if reader.found:
        raise ActivityLogError(reader.problems, reader.omitted)
    return tuple(records)


def _read_rows(
    reader: _LogReader,
    columns: list[str | None],
    rows: Iterator[tuple[int, list[str]]],
    records: list[LoggedActivity],
) -> None:
    """Every row after the header, up to the most a log may hold."""
    for count, (line, cells) in enumerate(rows, 1):
        if count > MAX_LOG_ROWS:
            reader.problem(
                "",
                line,
                f"the log holds more than {MAX_LOG_ROWS:,} rows; keep the rows of the "
                "plans still being checked and move older ones to another file",
            )
            return
        if (record := reader.row(line, columns, cells)) is not None:
            records.append(record)
