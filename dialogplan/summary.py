"""A per-channel overview of a calendar, so a team sees at a glance what the plan asks of it."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dialogplan.strategy import Strategy

COLUMNS = ["channel", "entries", "minutes_per_week", "first", "last"]


def summarize(calendar: pd.DataFrame, strategy: Strategy) -> pd.DataFrame:
    """One row per planned channel, in the strategy's order: entries, time and date range.

    ``minutes_per_week`` averages over every week of the horizon (blackouts included), so it
    can be held against the budget the strategy gives the channel. A channel without a single
    entry still gets a row with zeros and empty dates: that is the row a team needs to see.
    """
    weeks = ((strategy.last_day - strategy.start).days + 1) / 7
    # One pass over plain lists instead of a filtered copy of the frame per channel.
    starts: dict[str, list[pd.Timestamp]] = {channel: [] for channel in strategy.channels}
    minutes: dict[str, list[int]] = {channel: [] for channel in strategy.channels}
    columns = zip(
        calendar["channel"].tolist(),
        calendar["start"].tolist(),
        calendar["minutes"].tolist(),
        strict=True,
    )
    for channel, start, spent in columns:
        if channel in starts:
            starts[channel].append(start)
            minutes[channel].append(spent)
    rows: list[dict[str, object]] = []
    for channel in strategy.channels:
        own = starts[channel]
        first: date | None = min(own).date() if own else None
        last: date | None = max(own).date() if own else None
        rows.append(
            {
                "channel": channel,
                "entries": len(own),
                "minutes_per_week": round(int(sum(minutes[channel])) / weeks) if weeks else 0,
                "first": first,
                "last": last,
            }
        )
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype({"entries": "int64", "minutes_per_week": "int64"})


#: Column headings for people, in the order of :data:`COLUMNS`.
HEADINGS = ("channel", "entries", "minutes/week", "first date", "last date")


def display_rows(summary: pd.DataFrame) -> list[tuple[str, str, str, str, str]]:
    """The summary as text cells, with a dash where a channel has no entries."""
    rows = []
    for record in summary.to_dict("records"):
        first, last = record["first"], record["last"]
        rows.append(
            (
                str(record["channel"]),
                str(record["entries"]),
                str(record["minutes_per_week"]),
                str(first) if first is not None else "–",
                str(last) if last is not None else "–",
            )
        )
    return rows
