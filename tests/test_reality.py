"""The reality check: what a team relies on when it holds its log against the plan."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from typing import Any

import pytest

from dialogplan.activity_log import LoggedActivity
from dialogplan.dates import days
from dialogplan.findings import Severity
from dialogplan.reality import (
    LAST_SEEN_COLUMNS,
    WEEKLY_COLUMNS,
    ActivityCheck,
    ChannelSeen,
    compare,
)
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import calendar_entries
from tests.test_activity_log import STRATEGY, log


@pytest.fixture(scope="module")
def strategy() -> Strategy:
    """A two-channel strategy starting on Monday 2027-01-04; LinkedIn tolerates 7 silent days."""
    return parse_strategy(STRATEGY, "strategy.yaml")


def check(
    strategy: Strategy, entries: list[dict[str, Any]], rows: list[str], as_of: date
) -> ActivityCheck:
    """Compare a hand-built plan with a log of CSV rows."""
    calendar = calendar_entries(strategy, entries, rendered=False)
    return compare(strategy, calendar, log(strategy, *rows), as_of)


def codes(result: ActivityCheck, code: str) -> list[tuple[str, date | None, date | None]]:
    """The findings of one code as (channel, start, end)."""
    return [(f.channel, f.start, f.end) for f in result.findings if f.code == code]


# --- silence --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "as_of", "silent"),
    [
        # seven silent days between two activities is exactly the tolerance
        (["2027-01-04,linkedin,ask", "2027-01-12,linkedin,reply"], date(2027, 1, 12), []),
        (
            ["2027-01-04,linkedin,ask", "2027-01-13,linkedin,reply"],
            date(2027, 1, 13),
            [("linkedin", date(2027, 1, 5), date(2027, 1, 12))],
        ),
        # from the start of the plan to the first activity
        (["2027-01-11,linkedin,ask"], date(2027, 1, 11), []),
        (
            ["2027-01-12,linkedin,ask"],
            date(2027, 1, 12),
            [("linkedin", date(2027, 1, 4), date(2027, 1, 11))],
        ),
        # from the last activity to the check day
        (["2027-01-04,linkedin,ask"], date(2027, 1, 11), []),
        (
            ["2027-01-04,linkedin,ask"],
            date(2027, 1, 12),
            [("linkedin", date(2027, 1, 5), date(2027, 1, 12))],
        ),
    ],
)
def test_silence_of_exactly_the_tolerance_is_fine(
    strategy: Strategy,
    rows: list[str],
    as_of: date,
    silent: list[tuple[str, date, date]],
) -> None:
    """A silence of max_silence_days is fine; one day more is a finding with its dates."""
    group = [f"{d:%Y-%m-%d},facebook-group," for d in days(date(2027, 1, 4), as_of)]
    result = check(strategy, [], [*rows, *group], as_of)
    assert codes(result, "silent") == silent


def test_silent_finding_names_channel_dates_and_what_to_do(strategy: Strategy) -> None:
    """A silence finding says which channel, since when, how long, and what to do now."""
    result = check(strategy, [], ["2027-01-05,linkedin,ask"], date(2027, 1, 20))
    (finding,) = [f for f in result.findings if f.code == "silent" and f.channel == "linkedin"]
    assert finding.severity == Severity.ERROR
    assert finding.message == (
        "LinkedIn: nothing logged since 2027-01-05, 15 days of silence; "
        "followers tolerate 7 at most"
    )
    assert "LinkedIn this week" in finding.suggestion and "drop the channel" in finding.suggestion


def test_never_active_channel_is_silent_since_the_start(strategy: Strategy) -> None:
    """A channel nobody has touched is silent from the first day of the plan."""
    result = check(strategy, [], ["2027-01-05,linkedin,ask"], date(2027, 1, 8))
    (finding,) = [f for f in result.findings if f.channel == "facebook-group"]
    assert (finding.code, finding.start, finding.end) == (
        "silent",
        date(2027, 1, 4),
        date(2027, 1, 8),
    )
    assert "since the plan started on 2027-01-04, 5 days of silence" in finding.message
    seen = {s.channel: s for s in result.last_seen}
    assert seen["facebook-group"].last is None
    assert seen["facebook-group"].days_since == 5


def test_last_seen_counts_days_since_the_last_activity(strategy: Strategy) -> None:
    """Per channel: the last logged day, the days since, and what the channel tolerates."""
    rows = ["2027-01-05,linkedin,ask", "2027-01-09,linkedin,", "2027-01-07,facebook-group,"]
    result = check(strategy, [], rows, date(2027, 1, 10))
    assert result.last_seen == (
        ChannelSeen("linkedin", date(2027, 1, 9), 1, 7),
        ChannelSeen("facebook-group", date(2027, 1, 7), 3, 3),
    )
    frame = result.last_seen_frame()
    assert list(frame.columns) == LAST_SEEN_COLUMNS
    assert frame.values.tolist() == [list(astuple(s)) for s in result.last_seen]
    assert frame["days_since"].dtype == "int64"


# --- planned versus done ------------------------------------------------------------------

PLAN = [
    {"start": "2027-01-04 08:00", "channel": "linkedin", "move": "ask"},  # 20 minutes
    {"start": "2027-01-06 12:00", "channel": "linkedin", "move": "reply"},  # 15
    {"start": "2027-01-07 08:00", "channel": "facebook-group", "move": "group-help"},  # 25
    {"start": "2027-01-12 08:00", "channel": "linkedin", "move": "article"},  # 60
    {"start": "2027-01-14 08:00", "channel": "linkedin", "move": "comment"},  # 20, after as_of
]


def test_weekly_table_counts_planned_and_done(strategy: Strategy) -> None:
    """Each channel and week shows planned against done entries and minutes, up to as_of."""
    rows = [
        "2027-01-04,linkedin,ask",
        "2027-01-05,linkedin,",  # no move: LinkedIn's average planned entry, 115 / 4 minutes
        "2027-01-05,facebook-group,",  # no move: 25 minutes, its only planned entry
        "2027-01-11,linkedin,meet",
        "2027-01-13,facebook-group,thank",
    ]
    result = check(strategy, PLAN, rows, date(2027, 1, 13))
    expected: list[list[Any]] = [
        ["linkedin", date(2027, 1, 4), 2, 35, 2, 49],
        ["linkedin", date(2027, 1, 11), 1, 60, 1, 30],
        ["facebook-group", date(2027, 1, 4), 1, 25, 1, 25],
        ["facebook-group", date(2027, 1, 11), 0, 0, 1, 10],
    ]
    assert [list(astuple(w)) for w in result.weekly] == expected
    frame = result.weekly_frame()
    assert list(frame.columns) == WEEKLY_COLUMNS
    assert frame.values.tolist() == expected
    assert all(frame[c].dtype == "int64" for c in WEEKLY_COLUMNS[2:])


def test_weekly_table_stops_at_the_end_of_the_plan(strategy: Strategy) -> None:
    """Checking after the plan ended shows its weeks, not weeks nobody planned."""
    result = check(strategy, PLAN, [], date(2027, 6, 1))
    assert max(w.week for w in result.weekly) == date(2027, 3, 1)  # the week of 2027-03-03
    assert len(result.weekly) == 2 * 9


def test_weekly_planned_entries_match_a_real_schedule(strategy: Strategy) -> None:
    """On a scheduled plan, the weekly table accounts for every entry up to as_of."""
    calendar = schedule(strategy)
    as_of = date(2027, 2, 10)
    result = compare(strategy, calendar, log(strategy), as_of)
    due = [e for e in calendar if e.start.date() <= as_of]
    assert sum(w.planned_entries for w in result.weekly) == len(due)
    assert sum(w.planned_minutes for w in result.weekly) == sum(e.minutes for e in due)
    assert {f.channel for f in result.findings if f.code == "silent"} == set(strategy.channels)


# --- drifting -----------------------------------------------------------------------------

TWO_A_WEEK = [
    {"start": f"2027-01-{day:02d} 08:00", "channel": "linkedin", "move": "comment"}
    for day in (4, 6, 11, 13, 18, 20, 25, 27)
]


@pytest.mark.parametrize(
    ("rows", "as_of", "drifting"),
    [
        # nothing done in weeks one and two
        ([], date(2027, 1, 17), [("linkedin", date(2027, 1, 4), date(2027, 1, 17))]),
        # half of the plan in week two is not under half
        (["2027-01-12,linkedin,comment"], date(2027, 1, 17), []),
        # week three is still running, so it cannot make a second week
        (
            ["2027-01-05,linkedin,", "2027-01-06,linkedin,"],
            date(2027, 1, 23),
            [],
        ),
        # the run lasts as long as the weeks under half do
        (
            ["2027-01-25,linkedin,", "2027-01-26,linkedin,"],
            date(2027, 1, 31),
            [("linkedin", date(2027, 1, 4), date(2027, 1, 24))],
        ),
    ],
)
def test_drifting_needs_two_finished_weeks_under_half(
    strategy: Strategy,
    rows: list[str],
    as_of: date,
    drifting: list[tuple[str, date, date]],
) -> None:
    """Under half of the plan for two weeks running is a warning; one such week is not."""
    result = check(strategy, TWO_A_WEEK, rows, as_of)
    assert codes(result, "drifting") == drifting
    assert all(f.severity == Severity.WARNING for f in result.findings if f.code == "drifting")


def test_week_without_plan_does_not_break_a_drift(strategy: Strategy) -> None:
    """A holiday week with nothing planned neither counts nor interrupts the run."""
    plan = [e for e in TWO_A_WEEK if not e["start"].startswith(("2027-01-11", "2027-01-13"))]
    result = check(strategy, plan, [], date(2027, 1, 24))
    assert codes(result, "drifting") == [("linkedin", date(2027, 1, 4), date(2027, 1, 24))]
    (finding,) = [f for f in result.findings if f.code == "drifting"]
    assert finding.message == (
        "LinkedIn: 0 of 4 planned entries done in 2 weeks running, under half of the plan each week"
    )


# --- activity after the check day -----------------------------------------------------------


def test_future_rows_are_findings_not_counts(strategy: Strategy) -> None:
    """A row dated after as_of is reported with its line and left out of every count."""
    rows = ["2027-01-05,linkedin,ask", "2027-02-05,linkedin,ask", "2027-01-06,facebook-group,"]
    result = check(strategy, [], rows, date(2027, 1, 7))
    assert codes(result, "future-activity") == [("linkedin", date(2027, 2, 5), date(2027, 2, 5))]
    (finding,) = [f for f in result.findings if f.code == "future-activity"]
    assert finding.severity == Severity.WARNING and "line 3" in finding.message
    assert [s.last for s in result.last_seen] == [date(2027, 1, 5), date(2027, 1, 6)]
    assert sum(w.done_entries for w in result.weekly) == 2


def test_log_naming_unplanned_channels_is_refused(strategy: Strategy) -> None:
    """A log that could not come from parse_activity is refused, not half counted."""
    (activity,) = log(strategy, "2027-01-05,linkedin,ask")
    stray = LoggedActivity(3, date(2027, 1, 5), None, "xing", "", "", "")
    with pytest.raises(ValueError, match="does not plan: \\['xing'\\]"):
        compare(strategy, (), [activity, stray], date(2027, 1, 6))


def test_frames_of_an_empty_check_keep_their_columns(strategy: Strategy) -> None:
    """Checked before the plan starts: no weeks yet, but tables people can still read."""
    result = check(strategy, [], [], date(2027, 1, 1))
    assert result.weekly == () and list(result.weekly_frame().columns) == WEEKLY_COLUMNS
    assert list(result.last_seen_frame().columns) == LAST_SEEN_COLUMNS
