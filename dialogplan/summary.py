"""A per-channel overview of a calendar, so a team sees at a glance what the plan asks of it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from dialogplan.closed_days import blocked_days
from dialogplan.entry import Entry
from dialogplan.labels import channel_label
from dialogplan.neglect import open_weeks
from dialogplan.strategy import Strategy

if TYPE_CHECKING:
    import pandas as pd

#: Columns of :func:`summary_frame`, in the order of :class:`ChannelSummary`'s fields.
COLUMNS = ["channel", "entries", "minutes_per_week", "first", "last"]


@dataclass(frozen=True, slots=True)
class ChannelSummary:
    """What the plan asks of one channel: how often, how much time, from when to when."""

    channel: str
    entries: int
    #: Averaged over every week of the horizon, blackouts included.
    minutes_per_week: int
    #: The local dates of the channel's first and last entry; None without entries.
    first: date | None
    last: date | None


def summarize(strategy: Strategy, entries: Sequence[Entry]) -> tuple[ChannelSummary, ...]:
    """One row per planned channel, in the strategy's order: entries, time and date range.

    ``minutes_per_week`` averages over the weeks the channel is open (holidays and blackouts
    left out), as the check that finds a channel thin does: a team reading 19 beside a
    minimum of 20 with no finding did not know which to believe. A channel without a single
    entry still gets a row with zeros and empty dates: that is the row a team needs to see.
    """
    closed = blocked_days(strategy)
    own: dict[str, list[Entry]] = {channel: [] for channel in strategy.channels}
    for entry in entries:
        if entry.channel in own:
            own[entry.channel].append(entry)
    rows: list[ChannelSummary] = []
    for channel, planned in own.items():
        minutes = sum(entry.minutes for entry in planned)
        weeks = open_weeks(strategy, channel, closed)
        starts = [entry.start for entry in planned]
        rows.append(
            ChannelSummary(
                channel=channel,
                entries=len(planned),
                minutes_per_week=round(minutes / weeks) if weeks else 0,
                first=min(starts).date() if starts else None,
                last=max(starts).date() if starts else None,
            )
        )
    return tuple(rows)


def summary_frame(rows: Iterable[ChannelSummary]) -> pd.DataFrame:
    """The summary as a table, for Prefect artifacts and people's notebooks."""
    import pandas as pd  # noqa: PLC0415 - pandas only for frames, not for planning

    records = [
        [row.channel, row.entries, row.minutes_per_week, row.first, row.last] for row in rows
    ]
    frame = pd.DataFrame(records, columns=COLUMNS)
    return frame.astype({"entries": "int64", "minutes_per_week": "int64"})


#: Column headings for people, in the order of :data:`COLUMNS`.
HEADINGS = ("channel", "entries", "minutes/week", "first date", "last date")


def display_rows(rows: Iterable[ChannelSummary]) -> list[tuple[str, str, str, str, str]]:
    """The summary as text cells, with a dash where a channel has no entries.

    A channel is named as the strategy and the feed files name it, with the label the
    check's findings use: "facebook (Facebook page)".
    """
    return [
        (
            f"{row.channel} ({channel_label(row.channel, 'en')})",
            str(row.entries),
            str(row.minutes_per_week),
            str(row.first) if row.first is not None else "–",
            str(row.last) if row.last is not None else "–",
        )
        for row in rows
    ]
