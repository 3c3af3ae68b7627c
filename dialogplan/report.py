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

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from dialogplan.closed_days import blocked_days
from dialogplan.dates import MONTH_NAMES, WEEKDAY_NAMES, mondays
from dialogplan.entry import Entry
from dialogplan.findings import Finding, Severity, severity_counts, sort_findings
from dialogplan.heatmap import LEVELS, heat_grid, heat_rows
from dialogplan.labels import channel_label
from dialogplan.people_check import NO_PEOPLE, PeopleCheck, tier_of
from dialogplan.reality import ActivityCheck, ChannelSeen, WeekTally
from dialogplan.render import template_dir
from dialogplan.report_views import (
    DoneCell,
    DoneRow,
    FindingView,
    Group,
    LastSeen,
    Month,
    SummaryRow,
    Week,
)
from dialogplan.strategy import Strategy
from dialogplan.summary import ChannelSummary

__all__ = ["report_files"]

#: From this many alike findings on, they share one card that lists their periods.
MERGE_FROM = 3
#: Above this many weeks the heatmap gets tighter cells; every cell still prints its minutes.
COMPACT_WEEKS = 27

_CODE_TITLES = {
    "gap": "Gap",
    "thin": "Too thin",
    "thin-channels": "Too thin, together",
    "unsustainable": "Over budget",
    "idle-minutes": "Idle minutes",
    "monologue": "Monologue",
    "starved-goal": "Starved goal",
    "unused-topic": "Unused topic",
    "unused-place": "Place out of reach",
    "theme-in-every-group": "Theme in every group",
    "no-reply": "No reply round",
    "other-register": "Other register",
    "telling-question": "Question that tells",
    "few-questions": "Few questions",
    "unannounced": "Announced too seldom",
    "silent": "Silent",
    "drifting": "Drifting",
    "future-activity": "Dated ahead",
    "losing-touch": "Losing touch",
    "out-of-touch": "Out of touch",
    "contacts-elsewhere": "Contacts elsewhere",
    "missed-news": "News missed",
    "not-reached": "Not reached",
    "overdue": "Overdue",
}
#: The report's lists of people, in order: the check's field and its heading.
_PEOPLE_LISTS = (
    ("losing", "Losing touch: the budget cannot keep them within their interval"),
    ("out_of_touch", "Last in touch more than twice their interval before the plan"),
    ("missed_news", "News without a planned congratulation"),
    ("elsewhere", "Due on channels this plan does not work on"),
    ("not_reached", "Planned, but not reached by the log"),
    ("overdue", "Overdue on the check day"),
)
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


# --- words for dates and counts -----------------------------------------------------------


def _day(day: date) -> str:
    """A date as English readers write it: ``Mon 4 Jan 2027``; the report is in English."""
    weekday = WEEKDAY_NAMES["en"][day.weekday()]
    return f"{weekday} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _short(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]}"


def _span(days: list[date]) -> str:
    first, last = days[0], days[-1]
    if first == last:
        return _short(first)
    if first.month == last.month:
        return f"{first.day}–{_short(last)}"
    return f"{_short(first)}–{_short(last)}"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _hours(value: float) -> str:
    return f"{value:g}"


# --- the week columns ---------------------------------------------------------------------


def _week(monday: date, strategy: Strategy, closed: dict[date, str]) -> Week:
    """A column head, with the holidays and blackouts of the week named."""
    days = [monday + timedelta(days=n) for n in range(7)]
    inside = [d for d in days if strategy.start <= d <= strategy.last_day]
    named: dict[str, list[date]] = {}
    for day in inside:
        if day in closed:
            named.setdefault(closed[day], []).append(day)
    off = "; ".join(f"{name} ({_span(hit)})" for name, hit in named.items())
    return Week(monday.isoformat(), monday.day, _day(monday), off, len(inside))


def _months(weeks: Sequence[date]) -> list[Month]:
    """Month labels over the weeks, with the year at the first one and at every January."""
    months: list[Month] = []
    for i, monday in enumerate(weeks):
        if i and monday.month == weeks[i - 1].month:
            last = months[-1]
            months[-1] = Month(last.label, last.span + 1)
            continue
        first_of_year = not months or monday.month == 1
        label = MONTH_NAMES[monday.month - 1] + (f" {monday.year}" if first_of_year else "")
        months.append(Month(label, 1))
    return months


def _week_columns(strategy: Strategy, weeks: Sequence[date]) -> tuple[list[Week], list[Month]]:
    """Column heads and month labels, with the holidays and blackouts of each week named."""
    closed = blocked_days(strategy)
    return [_week(monday, strategy, closed) for monday in weeks], _months(weeks)


# --- planned versus done ------------------------------------------------------------------


def _done_cell(
    label: str, channel: str, column: Week, tally: WeekTally | None, as_of: date
) -> DoneCell:
    """Done against planned minutes; a week without a tally planned and did nothing."""
    planned = tally.planned_minutes if tally is not None else 0
    done = tally.done_minutes if tally is not None else 0
    if planned <= 0:
        css = "done-extra" if done > 0 else "done-idle"
    else:
        ratio = done / planned
        css = ("done-none" if done <= 0 else "done-low" if ratio < 0.5
               else "done-part" if ratio < 1 else "done-full")  # fmt: skip
    title = f"{label}, week of {column.monday}: done {done} of {planned} planned min"
    if tally is not None:
        title += f" ({tally.done_entries} of {tally.planned_entries} planned entries)"
    if date.fromisoformat(column.monday) + timedelta(days=6) > as_of:
        title += f"; week still running on {as_of.isoformat()}"
    return DoneCell(channel, column.monday, planned, done, css, title, f"{done}/{planned}")


def _done_rows(
    strategy: Strategy, check: ActivityCheck
) -> tuple[list[Week], list[Month], list[DoneRow]]:
    """Planned versus done for the weeks that have begun by ``as_of``."""
    weeks = sorted({t.week for t in check.weekly if t.week <= check.as_of})
    columns, months = _week_columns(strategy, weeks)
    channels = list(strategy.channels)
    channels += sorted({t.channel for t in check.weekly} - set(channels))
    tallies = {(t.channel, t.week): t for t in check.weekly}
    rows: list[DoneRow] = []
    for channel in channels:
        label = channel_label(channel, strategy.language)
        cells = [
            _done_cell(label, channel, column, tallies.get((channel, monday)), check.as_of)
            for monday, column in zip(weeks, columns, strict=True)
        ]
        rows.append(DoneRow(channel, label, cells))
    return columns, months, rows


def _last_seen(strategy: Strategy, seen: ChannelSeen) -> LastSeen:
    """A channel's silence in days against its tolerance; over it means silent now."""
    days, tolerance = seen.days_since, seen.max_silence_days
    over = days > tolerance
    return LastSeen(
        channel=seen.channel,
        label=channel_label(seen.channel, strategy.language),
        last=seen.last.isoformat() if seen.last else "nothing logged",
        days=str(days),
        tolerance=tolerance,
        status=f"over by {_plural(days - tolerance, 'day', 'days')}" if over else "within",
        over=over,
    )


def _activity(strategy: Strategy, check: ActivityCheck) -> dict[str, Any]:
    weeks, months, rows = _done_rows(strategy, check)
    return {
        "as_of": check.as_of.isoformat(),
        "as_of_text": _day(check.as_of),
        "weeks": weeks,
        "months": months,
        "rows": rows,
        "last_seen": [_last_seen(strategy, seen) for seen in check.last_seen],
    }


# --- findings -----------------------------------------------------------------------------


def _finding_view(strategy: Strategy, run: list[Finding]) -> FindingView:
    """One card for one finding, or for a run of alike ones.

    The others of a run are listed by what tells them apart: their periods (a gap every
    week), or their messages where they share the first one's period (six questions in the
    wrong register, each found for the whole plan).
    """
    first = run[0]
    return FindingView(
        code=first.code,
        title=_CODE_TITLES.get(first.code, first.code),
        severity=str(first.severity),
        channel=channel_label(first.channel, strategy.language) if first.channel else "whole plan",
        period=first.period,
        message=first.message,
        suggestion=first.suggestion,
        declared=first.declared,
        count=len(run),
        more=tuple(f.message if f.period == first.period else f.period for f in run[1:]),
    )


def _finding_groups(strategy: Strategy, findings: list[Finding]) -> list[Group]:
    """Findings by severity; alike ones (same check, channel and advice) merged when many."""
    counts = severity_counts(findings)
    groups: list[Group] = []
    for severity in sorted(Severity, reverse=True):
        alike: dict[tuple[str, str, bool, str], list[Finding]] = {}
        for f in findings:
            if f.severity == severity:
                alike.setdefault((f.code, f.channel, f.declared, f.suggestion), []).append(f)
        views = [
            _finding_view(strategy, run)
            for similar in alike.values()
            for run in ([similar] if len(similar) >= MERGE_FROM else [[f] for f in similar])
        ]
        if views:
            heading = _SEVERITY_HEADINGS[severity]
            groups.append(Group(str(severity), heading, counts[severity], views))
    return groups


def _verdict(findings: list[Finding]) -> tuple[str, str]:
    """One line for the top of the report, and the severity that colours it."""
    counts = severity_counts(findings)
    parts = [
        _plural(counts[s], *_SEVERITY_WORDS[s]) for s in sorted(Severity, reverse=True) if counts[s]
    ]
    if not counts[Severity.ERROR] and not counts[Severity.WARNING]:
        text = "Healthy: every channel is kept alive"
        return (f"{text} ({parts[0]})" if parts else text), "ok"
    worst = Severity.ERROR if counts[Severity.ERROR] else Severity.WARNING
    return ", ".join(parts), str(worst)


# --- the per-channel summary --------------------------------------------------------------


def _summary_row(strategy: Strategy, summary: ChannelSummary, thin: set[str]) -> SummaryRow:
    """The channel's line; it is flagged exactly when the check finds it thin.

    Both average over the weeks the channel is open, so the figure and the flag agree.
    """
    channel, per_week = summary.channel, summary.minutes_per_week
    minimum = strategy.channel(channel).min_minutes_per_week if channel in strategy.channels else 0
    bar = 100 if minimum <= 0 else min(100, round(per_week / (2 * minimum) * 100))
    return SummaryRow(
        channel=channel,
        label=channel_label(channel, strategy.language),
        entries=summary.entries,
        minutes_per_week=per_week,
        minimum=minimum,
        below=channel in thin,
        bar=bar if per_week else 0,
        first=summary.first.isoformat() if summary.first else "–",
        last=summary.last.isoformat() if summary.last else "–",
    )


# --- rendering ----------------------------------------------------------------------------


def _context(
    strategy: Strategy,
    entries: Sequence[Entry],
    findings: list[Finding],
    summary: Sequence[ChannelSummary],
) -> dict[str, Any]:
    """Everything the templates show of the plan itself."""
    week_starts = mondays(strategy.start, strategy.last_day)
    weeks, months = _week_columns(strategy, week_starts)
    verdict, verdict_level = _verdict(findings)
    thin = {f.channel for f in findings if f.code == "thin"}
    summary_rows = [_summary_row(strategy, row, thin) for row in summary]
    rows = heat_rows(strategy, heat_grid(strategy, entries), week_starts, weeks, findings)
    return {
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


def _people(strategy: Strategy, people: PeopleCheck) -> dict[str, Any]:
    """The per-tier table and the lists of people: names, tiers and channels, never notes."""
    lists = []
    for field, heading in _PEOPLE_LISTS:
        contacts = getattr(people, field)
        if contacts:
            names = [
                f"{c.name} ({tier_of(c)}, {channel_label(c.channel, strategy.language)})"
                for c in contacts
            ]
            lists.append({"heading": heading, "names": names})
    return {"tiers": people.tiers, "lists": lists}


def _md(text: object) -> str:
    """Text safe inside a markdown table cell: no raw HTML, no column breaks, one line."""
    return _one_line(str(text)).replace("<", "&lt;").replace("|", "\\|")


def _one_line(text: str) -> str:
    """Lines as one: a list's items after its colon joined by semicolons, sentences by stops.

    The few-questions advice gives one topic a line, for the terminal.
    """
    said = ""
    for line in text.replace("\r", "").splitlines():
        if not said:
            said = line
        elif line.startswith("- "):
            said += (" " if said.endswith(":") else "; ") + line[2:]
        else:
            said += (" " if said[-1:] in ".!?:…" else ". ") + line
    return said


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
    entries: Sequence[Entry],
    findings: Iterable[Finding],
    summary: Sequence[ChannelSummary],
    activity: ActivityCheck | None = None,
    people: PeopleCheck = NO_PEOPLE,
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
    context = _context(strategy, entries, ordered, summary)
    if activity is not None:
        context["activity"] = _activity(strategy, activity)
    context["people"] = _people(strategy, people) if people.tiers else None
    env = _env()
    return {
        "report.html": env.get_template("report/report.html.j2").render(context).encode("utf-8"),
        "report.md": env.get_template("report/report.md.j2").render(context).encode("utf-8"),
    }
