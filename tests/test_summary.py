"""The per-channel summary: what the plan asks of each channel, every planned channel listed."""

from __future__ import annotations

from dialogplan.neglect import open_weeks
from dialogplan.render import render
from dialogplan.schedule import schedule
from dialogplan.summary import HEADINGS, display_rows, summarize, summary_frame
from tests.support import ROOT, load_plan

EXAMPLE = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"


def test_summary_counts_every_planned_channel() -> None:
    """The summary adds up to the calendar and still lists a channel with no entries."""
    strategy = load_plan(EXAMPLE)
    calendar = render(strategy, schedule(strategy))
    summary = summarize(strategy, calendar)
    assert [row.channel for row in summary] == list(strategy.channels)
    assert sum(row.entries for row in summary) == len(calendar)
    weeks = open_weeks(strategy, "linkedin")  # holidays and blackouts left out, as the check
    (linkedin,) = [row for row in summary if row.channel == "linkedin"]
    own = [entry for entry in calendar if entry.channel == "linkedin"]
    assert linkedin.minutes_per_week == round(sum(entry.minutes for entry in own) / weeks)
    assert linkedin.first == min(entry.start for entry in own).date()
    assert linkedin.last == max(entry.start for entry in own).date()

    silent = summarize(strategy, [entry for entry in calendar if entry.channel != "linkedin"])
    row = silent[0]
    assert (row.channel, row.entries, row.minutes_per_week, row.first, row.last) == (
        "linkedin", 0, 0, None, None,
    )  # fmt: skip
    assert display_rows(silent)[0] == ("linkedin (LinkedIn)", "0", "0", "–", "–")


def test_summary_frame_keeps_the_table_shape_people_read() -> None:
    """The frame for artifacts has the documented columns, whole-number counts, one row each."""
    strategy = load_plan(EXAMPLE)
    summary = summarize(strategy, render(strategy, schedule(strategy)))
    frame = summary_frame(summary)
    assert list(frame.columns) == ["channel", "entries", "minutes_per_week", "first", "last"]
    assert str(frame["entries"].dtype) == "int64"
    assert str(frame["minutes_per_week"].dtype) == "int64"
    assert frame.to_dict("records") == [
        {"channel": r.channel, "entries": r.entries, "minutes_per_week": r.minutes_per_week,
         "first": r.first, "last": r.last}
        for r in summary
    ]  # fmt: skip
    assert len(HEADINGS) == len(frame.columns)


def test_display_rows_show_dates_as_iso_text() -> None:
    """Text cells for the command line: counts as numbers, dates as YYYY-MM-DD."""
    strategy = load_plan(EXAMPLE)
    summary = summarize(strategy, render(strategy, schedule(strategy)))
    for row, cells in zip(summary, display_rows(summary), strict=True):
        assert cells[1:] == (
            str(row.entries), str(row.minutes_per_week), str(row.first), str(row.last),
        )  # fmt: skip
        assert cells[0].startswith(f"{row.channel} (")
        assert row.first is not None
        assert cells[3] == row.first.isoformat()
