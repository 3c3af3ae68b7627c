"""The health report: the plan's shape at a glance first, then what is wrong and what to do.

``report.html`` is one self-contained file (inline CSS, no script, nothing loaded from the
network), so it can be mailed, attached to a CI run or opened offline. ``report.md`` carries
the same content as text for terminals, pull requests and Prefect's markdown artifacts.

The heatmap comes first because people would rather look than read: one row per channel, one
column per week, coloured by the planned minutes against the minimum that keeps the channel
alive. Weeks with nothing planned are hatched, weeks with holidays or blackouts carry a stripe
along the top, and weeks touched by a ``gap`` finding are outlined, so silence shows at a glance.

All decisions (levels, marks, wording) are made here; the templates under
``templates/report/`` only lay the prepared values out.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from dialogplan.activity import ActivityCheck
from dialogplan.catalogue import catalogue
from dialogplan.findings import Finding, Severity, sort_findings
from dialogplan.render import template_dir
from dialogplan.schedule import blocked_days
from dialogplan.strategy import Strategy

__all__ = ["heatmap", "report_files"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: Heatmap levels: (css class, legend text, text glyph for report.md).
LEVELS: tuple[tuple[str, str, str], ...] = (
    ("l0", "nothing planned", "✗"),
    ("l1", "under half the minimum", "░"),
    ("l2", "below the minimum", "▒"),
    ("l3", "at or above the minimum", "▓"),
    ("l4", "twice the minimum or more", "█"),
)
#: Finding codes whose period is outlined on the heatmap: stretches of silence in the plan.
GAP_CODES = frozenset({"gap"})
#: From this many alike findings on, they share one card that lists their periods.
MERGE_FROM = 3
#: Above this many weeks the heatmap cells are too narrow for numbers; they stay in tooltips.
COMPACT_WEEKS = 27

_CODE_TITLES = {
    "gap": "Gap",
    "thin": "Too thin",
    "unsustainable": "Over budget",
    "monologue": "Monologue",
    "starved-goal": "Starved goal",
    "unused-topic": "Unused topic",
    "no-reply": "No reply round",
    "silent": "Silent",
    "drifting": "Drifting",
    "future-activity": "Dated ahead",
}
_SEVERITY_WORDS = {
    Severity.ERROR: ("error", "errors"),
    Severity.WARNING: ("warning", "warnings"),
    Severity.INFO: ("note", "notes"),
}
_SEVERITY_HEADINGS = {
    Severity.ERROR: "Errors",
    Severity.WARNING: "Warnings",
    Severity.INFO: "Notes",
}


# --- the heatmap as data ------------------------------------------------------------------


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks(first: date, last: date) -> list[date]:
    """The Mondays of every week from the one holding ``first`` to the one holding ``last``."""
    start, end = _monday(first), _monday(last)
    return [start + timedelta(weeks=n) for n in range((end - start).days // 7 + 1)]


def heatmap(strategy: Strategy, calendar: pd.DataFrame) -> pd.DataFrame:
    """Planned minutes per channel (rows, strategy order) and week (columns, Monday dates).

    Every week of the horizon and every channel of the strategy is present, with 0 where
    nothing is planned: an empty week is exactly what the heatmap has to show.
    """
    weeks = _weeks(strategy.start, strategy.last_day)
    if calendar.empty:
        empty = pd.DataFrame(0, index=list(strategy.channels), columns=weeks, dtype="int64")
        return empty.rename_axis(index="channel", columns="week")
    starts = pd.to_datetime(calendar["start"])
    if starts.dt.tz is not None:
        starts = starts.dt.tz_convert(strategy.timezone).dt.tz_localize(None)
    # Summed in plain Python: a groupby and unstack cost more than the few hundred rows.
    totals: dict[tuple[str, date], int] = {}
    channels, days = calendar["channel"].tolist(), starts.dt.date.tolist()
    columns = zip(channels, days, calendar["minutes"].tolist(), strict=True)
    for channel, day, minutes in columns:
        key = (channel, _monday(day))
        totals[key] = totals.get(key, 0) + int(minutes)
    rows = list(strategy.channels)
    cells = [[totals.get((channel, week), 0) for week in weeks] for channel in rows]
    frame = pd.DataFrame(cells, index=rows, columns=weeks, dtype="int64")
    return frame.rename_axis(index="channel", columns="week")


def _level(minutes: float, minimum: float) -> int:
    """How a week's minutes compare with the minimum that keeps a channel alive."""
    if minutes <= 0:
        return 0
    if minimum <= 0:
        return 3
    ratio = minutes / minimum
    return 1 if ratio < 0.5 else 2 if ratio < 1 else 3 if ratio < 2 else 4


# --- view models for the templates --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Week:
    """A heatmap column: a week by its Monday, and what keeps the team away in it."""

    monday: str
    day: int
    label: str
    #: Holidays and blackouts in this week, as people read them; empty for a normal week.
    off: str
    #: Days of the week that lie inside the plan's horizon (fewer at its edges).
    days_in_plan: int


@dataclass(frozen=True, slots=True)
class Month:
    """A label over the weeks whose Monday falls in one month."""

    label: str
    span: int


@dataclass(frozen=True, slots=True)
class Cell:
    """One channel in one week of the heatmap."""

    channel: str
    week: str
    minutes: int
    level: int
    css: str
    title: str
    #: The cell in report.md: level glyph, minutes and any gap mark.
    text: str


@dataclass(frozen=True, slots=True)
class Row:
    """One channel's line in the heatmap."""

    channel: str
    label: str
    minimum: int
    cells: list[Cell]


@dataclass(frozen=True, slots=True)
class DoneCell:
    """Planned versus done for one channel in one week of the activity log."""

    channel: str
    week: str
    planned: int
    done: int
    css: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class DoneRow:
    """One channel's line in the planned-versus-done grid."""

    channel: str
    label: str
    cells: list[DoneCell]


@dataclass(frozen=True, slots=True)
class LastSeen:
    """How long a channel has been quiet in reality, against what its followers tolerate."""

    channel: str
    label: str
    last: str
    days: str
    tolerance: int
    status: str
    over: bool


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding with its names resolved for people, or several alike shown as one.

    When the same check finds the same thing on a channel again and again (a gap every
    week), one card with all the periods reads better than dozens of near-identical ones.
    """

    code: str
    title: str
    severity: str
    channel: str
    period: str
    message: str
    suggestion: str
    declared: bool
    #: How many findings this card stands for (1 for a single finding).
    count: int = 1
    #: The periods of the other findings of the card, in order.
    more: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Group:
    """The findings of one severity."""

    severity: str
    heading: str
    #: Findings in the group, counting every finding a merged card stands for.
    count: int
    findings: list[FindingView]


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """A channel's line in the summary table."""

    channel: str
    label: str
    entries: int
    minutes_per_week: int
    minimum: int
    below: bool
    #: Bar length in percent; the minimum sits at 50 %, so both under- and overshoot show.
    bar: int
    first: str
    last: str


def _day(day: date) -> str:
    """A date as English readers write it: ``Mon 4 Jan 2027``."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _short(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}"


def _span(days: list[date]) -> str:
    first, last = days[0], days[-1]
    if first == last:
        return _short(first)
    if first.month == last.month:
        return f"{first.day}–{_short(last)}"
    return f"{_short(first)}–{_short(last)}"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _label(name: str, language: str) -> str:
    """A channel's display name in the plan's language; unknown names stay as written."""
    spec = catalogue().get(name)
    return spec.label_in(language) if spec else name


def _week_columns(strategy: Strategy, weeks: Sequence[date]) -> tuple[list[Week], list[Month]]:
    """Column heads and month labels, with the holidays and blackouts of each week named."""
    closed = blocked_days(strategy)
    columns: list[Week] = []
    for monday in weeks:
        days = [monday + timedelta(days=n) for n in range(7)]
        inside = [d for d in days if strategy.start <= d <= strategy.last_day]
        named: dict[str, list[date]] = {}
        for day in inside:
            if day in closed:
                named.setdefault(closed[day], []).append(day)
        off = "; ".join(f"{name} ({_span(hit)})" for name, hit in named.items())
        columns.append(Week(monday.isoformat(), monday.day, _day(monday), off, len(inside)))
    months: list[Month] = []
    for i, monday in enumerate(weeks):
        if i and monday.month == weeks[i - 1].month:
            last = months[-1]
            months[-1] = Month(last.label, last.span + 1)
            continue
        first_of_year = not months or monday.month == 1
        label = _MONTHS[monday.month - 1] + (f" {monday.year}" if first_of_year else "")
        months.append(Month(label, 1))
    return columns, months


def _gap_weeks(findings: Iterable[Finding], weeks: Sequence[date]) -> dict[tuple[str, date], bool]:
    """Channel and week of every heatmap cell a gap finding touches; True if only declared."""
    marks: dict[tuple[str, date], bool] = {}
    for finding in findings:
        if finding.code not in GAP_CODES or finding.start is None:
            continue
        end = finding.end or finding.start
        for monday in weeks:
            if monday <= end and finding.start <= monday + timedelta(days=6):
                key = (finding.channel, monday)
                marks[key] = marks.get(key, True) and finding.declared
    return marks


def _heat_rows(
    strategy: Strategy,
    frame: pd.DataFrame,
    weeks: list[date],
    columns: list[Week],
    findings: list[Finding],
) -> list[Row]:
    gaps = _gap_weeks(findings, weeks)
    rows: list[Row] = []
    for channel, values in zip(frame.index, frame.to_numpy().tolist(), strict=True):
        label = _label(channel, strategy.language)
        minimum = strategy.channel(channel).min_minutes_per_week
        cells: list[Cell] = []
        for monday, column, minutes in zip(weeks, columns, values, strict=True):
            # Weeks cut by the horizon's edges are held against a pro-rated minimum.
            expected = minimum * column.days_in_plan / 7
            level = _level(minutes, expected)
            css = [LEVELS[level][0]]
            title = f"{label}, week of {column.monday}: {minutes} min"
            if column.days_in_plan < 7:
                title += f" ({column.days_in_plan} of 7 days in the plan)"
            if column.off:
                css.append("off")
                title += f"; {column.off}"
            text = f"{LEVELS[level][2]} {minutes}"
            gap = gaps.get((channel, monday))
            if gap is not None:
                css.append("gap-declared" if gap else "gap")
                title += "; inside a declared gap" if gap else "; inside a gap"
                text += " (declared gap)" if gap else " (gap)"
            cells.append(
                Cell(channel, column.monday, int(minutes), level, " ".join(css), title, text)
            )
        rows.append(Row(channel, label, minimum, cells))
    return rows


def _as_date(value: Any) -> date | None:
    """A day from whatever a frame holds: date, Timestamp, ISO text; None when missing."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return pd.Timestamp(value).date()


def _done_rows(
    strategy: Strategy, check: ActivityCheck
) -> tuple[list[Week], list[Month], list[DoneRow]]:
    """Planned versus done for the weeks that have begun by ``as_of``."""
    language = strategy.language
    weekly = check.weekly
    records = weekly.to_dict("records")
    weeks = sorted(
        {w for r in records if (w := _as_date(r["week"])) is not None and w <= check.as_of}
    )
    columns, months = _week_columns(strategy, weeks)
    channels = list(strategy.channels)
    channels += sorted({str(r["channel"]) for r in records} - set(channels))
    table: dict[tuple[str, date], dict[Hashable, Any]] = {}
    for r in records:
        week = _as_date(r["week"])
        if week is not None:
            table[(str(r["channel"]), week)] = r
    rows: list[DoneRow] = []
    for channel in channels:
        label = _label(channel, language)
        cells: list[DoneCell] = []
        for monday, column in zip(weeks, columns, strict=True):
            record = table.get((channel, monday), {})
            planned = int(record.get("planned_minutes", 0) or 0)
            done = int(record.get("done_minutes", 0) or 0)
            if planned <= 0:
                css = "done-extra" if done > 0 else "done-idle"
            else:
                ratio = done / planned
                css = ("done-none" if done <= 0 else "done-low" if ratio < 0.5
                       else "done-part" if ratio < 1 else "done-full")  # fmt: skip
            title = f"{label}, week of {column.monday}: done {done} of {planned} planned min"
            if record:
                title += (
                    f" ({record.get('done_entries', 0)} of "
                    f"{record.get('planned_entries', 0)} planned entries)"
                )
            if monday + timedelta(days=6) > check.as_of:
                title += f"; week still running on {check.as_of.isoformat()}"
            cells.append(
                DoneCell(channel, column.monday, planned, done, css, title, f"{done}/{planned}")
            )
        rows.append(DoneRow(channel, label, cells))
    return columns, months, rows


def _last_seen(strategy: Strategy, check: ActivityCheck) -> list[LastSeen]:
    rows: list[LastSeen] = []
    for record in check.last_seen.to_dict("records"):
        channel = str(record["channel"])
        tolerance = int(record["max_silence_days"])
        last = _as_date(record["last"])
        raw = record["days_since"]
        # Without a count, nothing was logged: the silence runs from the day the plan started.
        days = (check.as_of - strategy.start).days + 1 if pd.isna(raw) else int(raw)
        over = days > tolerance
        status = f"over by {_plural(days - tolerance, 'day', 'days')}" if over else "within"
        rows.append(
            LastSeen(
                channel=channel,
                label=_label(channel, strategy.language),
                last=last.isoformat() if last else "nothing logged",
                days=str(days),
                tolerance=tolerance,
                status=status,
                over=over,
            )
        )
    return rows


def _finding_groups(strategy: Strategy, findings: list[Finding]) -> list[Group]:
    """Findings by severity; alike ones (same check, channel and advice) merged when many."""
    groups: list[Group] = []
    for severity in sorted(Severity, reverse=True):
        alike: dict[tuple[str, str, bool, str], list[Finding]] = {}
        for f in findings:
            if f.severity == severity:
                alike.setdefault((f.code, f.channel, f.declared, f.suggestion), []).append(f)
        views: list[FindingView] = []
        for similar in alike.values():
            runs = [similar] if len(similar) >= MERGE_FROM else [[f] for f in similar]
            for run in runs:
                first = run[0]
                views.append(
                    FindingView(
                        code=first.code,
                        title=_CODE_TITLES.get(first.code, first.code),
                        severity=str(first.severity),
                        channel=_label(first.channel, strategy.language)
                        if first.channel
                        else "whole plan",
                        period=first.period,
                        message=first.message,
                        suggestion=first.suggestion,
                        declared=first.declared,
                        count=len(run),
                        more=tuple(f.period for f in run[1:]),
                    )
                )
        if views:
            count = sum(v.count for v in views)
            groups.append(Group(str(severity), _SEVERITY_HEADINGS[severity], count, views))
    return groups


def _verdict(findings: list[Finding]) -> tuple[str, str]:
    """One line for the top of the report, and the severity that colours it."""
    counts = {s: sum(f.severity == s for f in findings) for s in Severity}
    parts = [
        _plural(counts[s], *_SEVERITY_WORDS[s]) for s in sorted(Severity, reverse=True) if counts[s]
    ]
    if not counts[Severity.ERROR] and not counts[Severity.WARNING]:
        text = "Healthy: every channel is kept alive"
        return (f"{text} ({parts[0]})" if parts else text), "ok"
    worst = Severity.ERROR if counts[Severity.ERROR] else Severity.WARNING
    return ", ".join(parts), str(worst)


def _summary_rows(strategy: Strategy, summary: pd.DataFrame) -> list[SummaryRow]:
    rows: list[SummaryRow] = []
    for record in summary.to_dict("records"):
        channel = str(record["channel"])
        minimum = (
            strategy.channel(channel).min_minutes_per_week if channel in strategy.channels else 0
        )
        per_week = int(record["minutes_per_week"])
        bar = 100 if minimum <= 0 else min(100, round(per_week / (2 * minimum) * 100))
        first, last = _as_date(record["first"]), _as_date(record["last"])
        rows.append(
            SummaryRow(
                channel=channel,
                label=_label(channel, strategy.language),
                entries=int(record["entries"]),
                minutes_per_week=per_week,
                minimum=minimum,
                below=per_week < minimum,
                bar=bar if per_week else 0,
                first=first.isoformat() if first else "–",
                last=last.isoformat() if last else "–",
            )
        )
    return rows


def _hours(value: float) -> str:
    return f"{value:g}"


def _context(
    strategy: Strategy,
    calendar: pd.DataFrame,
    findings: list[Finding],
    summary: pd.DataFrame,
    activity: ActivityCheck | None,
) -> dict[str, Any]:
    frame = heatmap(strategy, calendar)
    mondays = _weeks(strategy.start, strategy.last_day)
    weeks, months = _week_columns(strategy, mondays)
    verdict, verdict_level = _verdict(findings)
    summary_rows = _summary_rows(strategy, summary)
    rows = _heat_rows(strategy, frame, mondays, weeks, findings)
    context: dict[str, Any] = {
        "name": strategy.name,
        "client": strategy.client,
        "horizon": f"{_day(strategy.start)} – {_day(strategy.last_day)}",
        "horizon_weeks": len(weeks),
        "hours_per_week": _hours(strategy.hours_per_week),
        "channel_count": len(strategy.channels),
        "verdict": verdict,
        "verdict_level": verdict_level,
        "weeks": weeks,
        "months": months,
        "rows": rows,
        "compact": len(weeks) > COMPACT_WEEKS,
        "levels": [{"css": css, "text": text, "glyph": glyph} for css, text, glyph in LEVELS],
        "off_weeks": [w for w in weeks if w.off],
        "groups": _finding_groups(strategy, findings),
        "finding_count": len(findings),
        "summary": summary_rows,
        "total_entries": sum(r.entries for r in summary_rows),
        "total_minutes": sum(r.minutes_per_week for r in summary_rows),
        "budget_minutes": round(strategy.hours_per_week * 60),
        "activity": None,
    }
    if activity is not None:
        done_weeks, done_months, done_rows = _done_rows(strategy, activity)
        context["activity"] = {
            "as_of": activity.as_of.isoformat(),
            "as_of_text": _day(activity.as_of),
            "weeks": done_weeks,
            "months": done_months,
            "rows": done_rows,
            "last_seen": _last_seen(strategy, activity),
        }
    return context


# --- rendering ----------------------------------------------------------------------------


def _md(text: object) -> str:
    """Text safe inside a markdown table cell: no raw HTML, no column breaks, one line."""
    return str(text).replace("<", "&lt;").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


@cache
def _env() -> Environment:
    """HTML templates escape every value (plan text is user input); markdown ones use ``md``."""
    env = Environment(
        loader=FileSystemLoader(template_dir()),
        autoescape=select_autoescape(
            enabled_extensions=("html.j2",), disabled_extensions=("md.j2",), default=True
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["md"] = _md
    return env


def report_files(
    strategy: Strategy,
    calendar: pd.DataFrame,
    findings: Iterable[Finding],
    summary: pd.DataFrame,
    activity: ActivityCheck | None = None,
) -> dict[str, bytes]:
    """``report.md`` and ``report.html`` for a plan, with its reality check when one is given.

    ``findings`` are the plan's findings; an activity check's own findings are added from
    ``activity.findings``. A finding passed in both ways is shown once, so callers may also
    hand over the combined list.
    """
    shown = list(findings)
    if activity is not None:
        shown += activity.findings
    ordered = sort_findings(dict.fromkeys(shown))
    context = _context(strategy, calendar, ordered, summary, activity)
    env = _env()
    return {
        "report.html": env.get_template("report/report.html.j2").render(context).encode("utf-8"),
        "report.md": env.get_template("report/report.md.j2").render(context).encode("utf-8"),
    }
