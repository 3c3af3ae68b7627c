"""The health report's view models: values prepared for the templates, one class per part.

:mod:`dialogplan.report` makes every decision (levels, marks, wording) and fills these in;
the templates under ``templates/report/`` only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass


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
