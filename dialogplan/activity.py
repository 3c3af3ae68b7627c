"""The reality check: what a team actually did, held against its plan.

Teams record their social-media work in a small CSV file. Comparing it with the plan shows
channels that have gone quiet in reality, and channels drifting away from the plan before
the silence shows.

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

How the comparison counts
-------------------------

- Everything up to and including the check day (``as_of``) counts. Rows dated after it are
  reported as ``future-activity`` (warning) and not counted.
- A logged activity without a move counts the channel's average planned minutes per entry
  (over the whole plan; for a channel with nothing planned, the average of its moves), so
  "done" minutes stay comparable with "planned" minutes. With a move, the move's minutes.
- Silence is counted in days without any logged activity on a channel between the plan's
  start and ``as_of``: between activities on days A and B lie B − A − 1 silent days; before
  the first activity, first − start; after the last one, as_of − last. A stretch longer than
  the channel's ``max_silence_days`` is a ``silent`` finding (error); exactly that many days
  is fine. Holidays and blackouts count: followers see the silence either way.
- ``days_since`` in the last-seen table counts the same way: as_of − last activity, or, for a
  channel without any activity so far, every day since the plan started
  (as_of − start + 1). So ``days_since > max_silence_days`` always means "silent now".
- A channel is ``drifting`` (warning) when fewer than half of its planned entries were done
  in two or more weeks running. Only finished weeks (Monday to Sunday, all on or before
  ``as_of``) with planned entries count; a week with nothing planned neither counts nor
  breaks the run.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pandas as pd

from dialogplan.catalogue import catalogue
from dialogplan.checks import silences
from dialogplan.errors import ActivityLogError, Problem
from dialogplan.findings import Finding, Severity, sort_findings
from dialogplan.moves import MOVES
from dialogplan.strategy import Strategy, did_you_mean

#: Columns of the parsed log: one row per activity, in file order.
LOG_COLUMNS = ["line", "date", "time", "channel", "move", "link", "note"]
#: Columns of :attr:`ActivityCheck.weekly`.
WEEKLY_COLUMNS = [
    "channel", "week", "planned_entries", "planned_minutes", "done_entries", "done_minutes",
]  # fmt: skip
#: Columns of :attr:`ActivityCheck.last_seen`.
LAST_SEEN_COLUMNS = ["channel", "last", "days_since", "max_silence_days"]

#: The columns a log may have, in the order the docs list them.
INPUT_COLUMNS = ("date", "time", "channel", "move", "link", "note")
REQUIRED_COLUMNS = ("date", "channel")


@dataclass(frozen=True)
class ActivityCheck:
    """The outcome of holding an activity log against the plan, up to a given day."""

    as_of: date
    #: Per channel and week (the week's Monday): planned versus done.
    weekly: pd.DataFrame
    #: Per channel: the last recorded activity and the days since then.
    last_seen: pd.DataFrame
    findings: list[Finding]


# --- reading the log ----------------------------------------------------------------------

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


class _Unreadable(Exception):
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
    try:
        when = date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"{_shown(value)} is not a day in the calendar") from None
    if hour is None:
        return when, None
    clock = _time_of(hour, minute, second, value)
    if offset is None:
        return when, clock
    local = datetime.combine(when, clock, tzinfo=_offset(offset)).astimezone(zone)
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
        raise _Unreadable(previous + 1, reason) from None


class _LogReader:
    """Reads one log, collecting every problem instead of stopping at the first."""

    def __init__(self, source: str, strategy: Strategy) -> None:
        self.source = source
        self.strategy = strategy
        self.problems: list[Problem] = []
        self.channels = _channel_names()
        self.moves = _move_names()

    def problem(self, column: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.source, column, line, message))

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
            if not name:
                columns.append("")
            elif name in columns:
                self.problem(cell.strip(), line, "column appears twice; keep one")
                columns.append(None)
            elif name not in INPUT_COLUMNS:
                hint = did_you_mean(name, set(INPUT_COLUMNS))
                hint = hint or f"; known columns: {', '.join(INPUT_COLUMNS)}"
                self.problem(cell.strip(), line, f"unknown column {_shown(cell.strip())}{hint}")
                columns.append(None)
            else:
                columns.append(name)
        for required in REQUIRED_COLUMNS:
            if required not in columns:
                self.problem(required, line, "required column is missing from the header")
        return columns

    def row(
        self, line: int, columns: list[str | None], cells: list[str]
    ) -> dict[str, object] | None:
        """One activity, or None when a cell in it cannot be read (the problem is recorded)."""
        before = len(self.problems)
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
        if len(self.problems) > before:
            return None
        return {
            "line": line,
            "date": day,
            "time": clock,
            "channel": channel,
            "move": move,
            "link": values.get("link", ""),
            "note": values.get("note", ""),
        }

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
            elif match := _TIME.fullmatch(extra):
                hour, minute, second = match.groups()
                try:
                    clock = _time_of(hour, minute, second, extra)
                except ValueError as exc:
                    self.problem("time", line, str(exc))
            else:
                self.problem("time", line, f"expected a time as HH:MM, got {_shown(extra)}")
        return day, clock

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


def parse_activity(text: str, source: str, strategy: Strategy) -> pd.DataFrame:
    """Read an activity log; raise :class:`ActivityLogError` listing every unreadable row.

    The result has :data:`LOG_COLUMNS`, one row per activity in file order: ``line`` is the
    line the row starts on, ``date`` a local day, ``time`` a local time of day or None, and
    ``move``, ``link`` and ``note`` are "" when empty.
    """
    reader = _LogReader(source, strategy)
    records: list[dict[str, object]] = []
    rows = _rows(text.removeprefix("\ufeff"))
    try:
        first = next(rows, None)
        if first is None:
            reader.problem(
                "", None, f"the file is empty; start with a header: {','.join(INPUT_COLUMNS)}"
            )
        elif (columns := reader.header(*first)) is not None:
            for line, cells in rows:
                if (record := reader.row(line, columns, cells)) is not None:
                    records.append(record)
    except _Unreadable as exc:
        reader.problem("", exc.line, exc.reason)
    if reader.problems:
        raise ActivityLogError(reader.problems)
    frame = pd.DataFrame(records, columns=LOG_COLUMNS)
    return frame.astype({"line": "int64"})


# --- holding the log against the plan ----------------------------------------------------


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _plan_days(strategy: Strategy, calendar: pd.DataFrame) -> list[date]:
    """The local day of every calendar entry, whatever zone its timestamps carry."""
    days = []
    for start in calendar["start"]:
        stamp = pd.Timestamp(start)
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert(strategy.timezone)
        days.append(stamp.date())
    return days


def _average_minutes(strategy: Strategy, calendar: pd.DataFrame) -> dict[str, float]:
    """What a logged activity without a move is worth: the channel's average planned entry."""
    averages: dict[str, float] = {}
    for channel in strategy.channels:
        planned = calendar.loc[calendar["channel"] == channel, "minutes"]
        if len(planned):
            averages[channel] = float(planned.mean())
        else:
            moves = strategy.channel(channel).moves
            averages[channel] = sum(MOVES[m].minutes for m in moves) / len(moves)
    return averages


def _label(strategy: Strategy, channel: str) -> str:
    return strategy.channel(channel).label_in(strategy.language)


def _future(line: int, channel: str, day: date, as_of: date) -> Finding:
    return Finding(
        code="future-activity",
        severity=Severity.WARNING,
        channel=channel,
        start=day,
        end=day,
        message=(
            f"line {line} of the activity log is dated {day.isoformat()}, "
            f"after the check day {as_of.isoformat()}; it is not counted"
        ),
        suggestion=(
            "Log an activity once it has happened; if the date is a typo (year or month?), "
            "correct it."
        ),
    )


def _silences(
    strategy: Strategy, channel: str, active: set[date], as_of: date
) -> Iterator[Finding]:
    """Every stretch without activity in the plan up to ``as_of`` longer than tolerated."""
    tolerance = strategy.channel(channel).max_silence_days
    label = _label(strategy, channel)
    # After the plan's last day the next plan takes over; its own check speaks for it.
    until = min(as_of, strategy.last_day)
    stretches = [
        (first, last, last == until)
        for first, last in silences(sorted(active), strategy.start, until, tolerance)
    ]
    for first, last, ongoing in stretches:
        days = (last - first).days + 1
        if ongoing and first == strategy.start:
            what = f"nothing logged since the plan started on {first.isoformat()}"
        elif ongoing:
            what = f"nothing logged since {(first - timedelta(days=1)).isoformat()}"
        else:
            what = f"nothing logged from {first.isoformat()} to {last.isoformat()}"
        if ongoing:
            suggestion = (
                f"Post a question or a reply round on {label} this week, or drop the channel "
                "openly: a half-kept presence looks worse than none."
            )
        else:
            suggestion = (
                f"Keep a fixed weekly slot for {label} so a silence like this does not recur, "
                "or drop the channel openly: a half-kept presence looks worse than none."
            )
        yield Finding(
            code="silent",
            severity=Severity.ERROR,
            channel=channel,
            start=first,
            end=last,
            message=(
                f"{label}: {what}, {days} days of silence; followers tolerate {tolerance} at most"
            ),
            suggestion=suggestion,
        )


@dataclass(frozen=True, slots=True)
class _Week:
    """One channel's planned and done work in one week: a row of the weekly table."""

    channel: str
    week: date
    planned_entries: int
    planned_minutes: int
    done_entries: int
    done_minutes: int


def _drifts(strategy: Strategy, channel: str, weeks: list[_Week], as_of: date) -> Iterator[Finding]:
    """Runs of two or more finished weeks in which under half of the planned entries were done."""
    label = _label(strategy, channel)
    counted = [
        w
        for w in weeks
        if w.channel == channel and w.planned_entries and w.week + timedelta(days=6) <= as_of
    ]
    run: list[_Week] = []
    for week in [*counted, None]:
        if week is not None and 2 * week.done_entries < week.planned_entries:
            run.append(week)
            continue
        if len(run) >= 2:
            planned = sum(w.planned_entries for w in run)
            done = sum(w.done_entries for w in run)
            yield Finding(
                code="drifting",
                severity=Severity.WARNING,
                channel=channel,
                start=run[0].week,
                end=run[-1].week + timedelta(days=6),
                message=(
                    f"{label}: {done} of {planned} planned entries done in {len(run)} weeks "
                    "running, under half of the plan each week"
                ),
                suggestion=(
                    f"Block the time for {label} in your own calendar, or trim its plan to what "
                    "you really manage: a plan nobody follows stops telling you anything."
                ),
            )
        run = []


def compare(
    strategy: Strategy, calendar: pd.DataFrame, log: pd.DataFrame, as_of: date
) -> ActivityCheck:
    """Hold a parsed activity log against the plan, counting everything up to ``as_of``.

    ``calendar`` is the plan (as :func:`dialogplan.schedule.schedule` makes it) and ``log``
    comes from :func:`parse_activity`. The module docstring says how days, minutes and weeks
    are counted. A log naming channels the strategy does not plan cannot come from
    :func:`parse_activity`, so it raises ValueError rather than being half counted.
    """
    planned_channels = list(strategy.channels)
    unknown = sorted(set(log["channel"]) - set(planned_channels))
    if unknown:
        raise ValueError(f"the log names channels this strategy does not plan: {unknown}")
    average = _average_minutes(strategy, calendar)

    planned: defaultdict[tuple[str, date], list[int]] = defaultdict(list)
    for channel, day, minutes in zip(
        calendar["channel"], _plan_days(strategy, calendar), calendar["minutes"], strict=True
    ):
        if day <= as_of:
            planned[(channel, _monday(day))].append(int(minutes))

    findings: list[Finding] = []
    done: defaultdict[tuple[str, date], list[float]] = defaultdict(list)
    active: defaultdict[str, set[date]] = defaultdict(set)
    for line, day, channel, move in zip(
        log["line"], log["date"], log["channel"], log["move"], strict=True
    ):
        if day > as_of:
            findings.append(_future(int(line), channel, day, as_of))
            continue
        active[channel].add(day)
        done[(channel, _monday(day))].append(MOVES[move].minutes if move else average[channel])

    mondays: list[date] = []
    monday, last_monday = _monday(strategy.start), _monday(min(as_of, strategy.last_day))
    while monday <= last_monday:
        mondays.append(monday)
        monday += timedelta(days=7)
    weeks = [
        _Week(
            channel,
            monday,
            len(planned[(channel, monday)]),
            sum(planned[(channel, monday)]),
            len(done[(channel, monday)]),
            round(sum(done[(channel, monday)])),
        )
        for channel in planned_channels
        for monday in mondays
    ]

    last_seen = []
    for channel in planned_channels:
        last = max(active[channel], default=None)
        since = (as_of - last).days if last else (as_of - strategy.start).days + 1
        tolerance = strategy.channel(channel).max_silence_days
        last_seen.append((channel, last, max(since, 0), tolerance))
        findings.extend(_silences(strategy, channel, active[channel], as_of))
        findings.extend(_drifts(strategy, channel, weeks, as_of))

    weekly = pd.DataFrame([astuple(w) for w in weeks], columns=WEEKLY_COLUMNS)
    integers = {c: "int64" for c in WEEKLY_COLUMNS[2:]}
    return ActivityCheck(
        as_of=as_of,
        weekly=weekly.astype(integers),
        last_seen=pd.DataFrame(last_seen, columns=LAST_SEEN_COLUMNS).astype(
            {"days_since": "int64", "max_silence_days": "int64"}
        ),
        findings=sort_findings(findings),
    )
