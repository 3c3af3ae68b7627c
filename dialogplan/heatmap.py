"""The health report's heatmap: planned minutes per channel and week, levelled and marked.

:func:`heat_grid` sums the planned minutes per channel and week; :func:`heatmap` gives the
same grid as a pandas frame to people and Prefect artifacts (pandas is loaded only then,
so the planning processes of an agency run do without it). :func:`heat_rows` turns the
grid into cells: a level against the minimum that keeps a channel alive, the week's
holidays and blackouts, and the outline of any ``gap`` finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dialogplan.dates import monday, mondays
from dialogplan.entry import Entry
from dialogplan.findings import Finding
from dialogplan.labels import channel_label
from dialogplan.report_views import Cell, Row, Week
from dialogplan.strategy import Strategy

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["GAP_CODES", "LEVELS", "heat_grid", "heat_rows", "heatmap", "level"]

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


def heat_grid(strategy: Strategy, entries: Sequence[Entry]) -> dict[str, list[int]]:
    """Planned minutes per channel (strategy order), one number per week of the horizon.

    Every week and every channel of the strategy is present, with 0 where nothing is
    planned: an empty week is exactly what the heatmap has to show.
    """
    weeks = mondays(strategy.start, strategy.last_day)
    totals: dict[tuple[str, date], int] = {}
    for entry in entries:
        # Starts are wall times in the plan's zone, so their date is the team's day.
        key = (entry.channel, monday(entry.start.date()))
        totals[key] = totals.get(key, 0) + entry.minutes
    return {
        channel: [totals.get((channel, week), 0) for week in weeks] for channel in strategy.channels
    }


def heatmap(strategy: Strategy, entries: Sequence[Entry]) -> pd.DataFrame:
    """:func:`heat_grid` as a frame: channels as rows, weeks (Monday dates) as columns."""
    import pandas as pd  # noqa: PLC0415 - only for people and artifacts, not for planning

    grid = heat_grid(strategy, entries)
    weeks = mondays(strategy.start, strategy.last_day)
    frame = pd.DataFrame(list(grid.values()), index=list(grid), columns=weeks, dtype="int64")
    return frame.rename_axis(index="channel", columns="week")


def level(minutes: float, minimum: float) -> int:
    """How a week's minutes compare with the minimum that keeps a channel alive.

    An index into :data:`LEVELS`; a channel without a minimum is alive with any minutes.
    """
    if minutes <= 0:
        return 0
    if minimum <= 0:
        return 3
    ratio = minutes / minimum
    return 1 if ratio < 0.5 else 2 if ratio < 1 else 3 if ratio < 2 else 4


def _gap_weeks(findings: Iterable[Finding], weeks: Sequence[date]) -> dict[tuple[str, date], bool]:
    """Channel and week of every heatmap cell a gap finding touches; True if only declared."""
    marks: dict[tuple[str, date], bool] = {}
    for finding in findings:
        if finding.code not in GAP_CODES or finding.start is None:
            continue
        end = finding.end or finding.start
        for week in weeks:
            if week <= end and finding.start <= week + timedelta(days=6):
                key = (finding.channel, week)
                marks[key] = marks.get(key, True) and finding.declared
    return marks


def _cell(
    channel: str, label: str, minimum: int, column: Week, minutes: int, *, gap: bool | None
) -> Cell:
    """One channel's week; ``gap`` is None outside gaps and True inside declared ones only."""
    # Weeks cut by the horizon's edges are held against a pro-rated minimum.
    found = level(minutes, minimum * column.days_in_plan / 7)
    css = [LEVELS[found][0]]
    title = f"{label}, week of {column.monday}: {minutes} min"
    if column.days_in_plan < 7:
        title += f" ({column.days_in_plan} of 7 days in the plan)"
    if column.off:
        css.append("off")
        title += f"; {column.off}"
    text = f"{LEVELS[found][2]} {minutes}"
    if gap is not None:
        css.append("gap-declared" if gap else "gap")
        title += "; inside a declared gap" if gap else "; inside a gap"
        text += " (declared gap)" if gap else " (gap)"
    return Cell(channel, column.monday, minutes, found, " ".join(css), title, text)


def heat_rows(
    strategy: Strategy,
    grid: Mapping[str, Sequence[int]],
    weeks: Sequence[date],
    columns: Sequence[Week],
    findings: Iterable[Finding],
) -> list[Row]:
    """The heatmap's rows for the templates: ``grid`` from :func:`heat_grid`."""
    gaps = _gap_weeks(findings, weeks)
    rows: list[Row] = []
    for channel, values in grid.items():
        label = channel_label(channel, strategy.language)
        minimum = strategy.channel(channel).min_minutes_per_week
        cells = [
            _cell(channel, label, minimum, column, int(minutes), gap=gaps.get((channel, week)))
            for week, column, minutes in zip(weeks, columns, values, strict=True)
        ]
        rows.append(Row(channel, label, minimum, cells))
    return rows
