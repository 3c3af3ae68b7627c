"""The activity log and the reality check: what a team relies on when it logs its work."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dialogplan.activity import (
    LAST_SEEN_COLUMNS,
    LOG_COLUMNS,
    WEEKLY_COLUMNS,
    ActivityCheck,
    compare,
    parse_activity,
)
from dialogplan.errors import ActivityLogError
from dialogplan.findings import Severity
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import calendar_frame

LOGS = Path(__file__).parent / "activity"
INVALID = sorted(LOGS.glob("*.expected"))

STRATEGY = """\
client: brenner-beratung
name: Brenner Beratung
language: de
timezone: Europe/Berlin
start: 2027-01-04
months: 2
hours_per_week: 4
audience: Handwerksbetriebe im Rheinland
goals:
  - id: sichtbar
    text: Als Ansprechpartnerin für Nachfolgefragen sichtbar werden
topics: [Nachfolge, Fachkräfte finden]
channels:
  linkedin:
    share: 0.6
  facebook-group:
    max_silence_days: 3
groups:
  facebook-group: [Handwerk Rheinland]
"""


@pytest.fixture(scope="module")
def strategy() -> Strategy:
    """A two-channel strategy starting on Monday 2027-01-04; LinkedIn tolerates 7 silent days."""
    return parse_strategy(STRATEGY, "strategy.yaml")


def log(strategy: Strategy, *rows: str) -> pd.DataFrame:
    """A parsed log from CSV rows written after a ``date,channel,move`` header."""
    return parse_activity("date,channel,move\n" + "\n".join(rows) + "\n", "log.csv", strategy)


def check(
    strategy: Strategy, entries: list[dict[str, Any]], rows: list[str], as_of: date
) -> ActivityCheck:
    """Compare a hand-built plan with a log of CSV rows."""
    calendar = calendar_frame(strategy, entries, rendered=False)
    return compare(strategy, calendar, log(strategy, *rows), as_of)


def codes(result: ActivityCheck, code: str) -> list[tuple[str, date | None, date | None]]:
    """The findings of one code as (channel, start, end)."""
    return [(f.channel, f.start, f.end) for f in result.findings if f.code == code]


# --- reading the log ----------------------------------------------------------------------


@pytest.mark.parametrize("expected", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_log_gets_exact_messages(strategy: Strategy, expected: Path) -> None:
    """Every unreadable row is reported with its line number and the reason, all at once."""
    path = expected.with_suffix(".csv")
    with pytest.raises(ActivityLogError) as caught:
        parse_activity(path.read_text("utf-8"), path.name, strategy)
    assert str(caught.value) + "\n" == expected.read_text("utf-8")


def test_line_numbers_count_lines_of_the_file(strategy: Strategy) -> None:
    """A note spanning two lines does not shift the line numbers of the rows after it."""
    with pytest.raises(ActivityLogError) as caught:
        parse_activity((LOGS / "bad-rows.csv").read_text("utf-8"), "bad-rows.csv", strategy)
    lines = sorted({p.line for p in caught.value.problems if p.line})
    assert lines == [3, 4, 5, 6, 7, 10, 11, 12, 14]


@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_german_spreadsheet_export_parses(strategy: Strategy, line_end: str) -> None:
    """A semicolon export with a BOM, German dates, labels and blank rows reads as meant."""
    text = (LOGS / "german-export.csv").read_text("utf-8").replace("\n", line_end)
    frame = parse_activity(text, "german-export.csv", strategy)
    assert list(frame.columns) == LOG_COLUMNS
    assert frame.to_dict("records") == [
        {
            "line": 2,
            "date": date(2027, 1, 4),
            "time": time(8, 15),
            "channel": "linkedin",
            "move": "ask",
            "link": "https://www.linkedin.com/feed/update/urn:li:activity:1",
            "note": "Frage zu Lastenrädern",
        },
        {
            "line": 4,
            "date": date(2027, 1, 5),
            "time": time(19, 40),
            "channel": "facebook-group",
            "move": "group-help",
            "link": "",
            "note": "Tipp zu Gruppenregeln; kurz",
        },
        {
            "line": 6,
            "date": date(2027, 1, 6),
            "time": None,
            "channel": "linkedin",
            "move": "",
            "link": "",
            "note": "",
        },
    ]


@pytest.mark.parametrize(
    ("written", "day", "clock"),
    [
        ("2027-01-05", date(2027, 1, 5), None),
        ("2027-01-05T08:30", date(2027, 1, 5), time(8, 30)),
        ("2027-01-05 08:30:15", date(2027, 1, 5), time(8, 30, 15)),
        ("05.01.2027 8:30", date(2027, 1, 5), time(8, 30)),
        ("2027-01-04T23:30Z", date(2027, 1, 5), time(0, 30)),
        ("2027-01-05T07:30+00:00", date(2027, 1, 5), time(8, 30)),
        ("2027-07-05T23:30-0400", date(2027, 7, 6), time(5, 30)),
    ],
)
def test_dates_and_times_are_local_to_the_strategy(
    strategy: Strategy, written: str, day: date, clock: time | None
) -> None:
    """Dates in ISO or German form read as written; a time with an offset moves to Berlin time."""
    frame = log(strategy, f"{written},linkedin,")
    assert (frame["date"][0], frame["time"][0]) == (day, clock)


def test_header_and_names_ignore_case(strategy: Strategy) -> None:
    """People capitalise headers, channels and moves freely; the log still reads."""
    text = "Channel,DATE,Move\nLINKEDIN,2027-01-05,Reply Round\n"
    frame = parse_activity(text, "log.csv", strategy)
    assert frame[["channel", "move"]].values.tolist() == [["linkedin", "reply"]]


def test_header_only_log_is_empty(strategy: Strategy) -> None:
    """A fresh log with just its header is valid and holds no activity."""
    frame = parse_activity("date,channel\n\n", "log.csv", strategy)
    assert list(frame.columns) == LOG_COLUMNS and frame.empty


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
    group = [f"{d:%Y-%m-%d},facebook-group," for d in pd.date_range("2027-01-04", as_of)]
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
    seen = result.last_seen.set_index("channel")
    assert seen.loc["facebook-group", "last"] is None
    assert seen.loc["facebook-group", "days_since"] == 5


def test_last_seen_counts_days_since_the_last_activity(strategy: Strategy) -> None:
    """Per channel: the last logged day, the days since, and what the channel tolerates."""
    rows = ["2027-01-05,linkedin,ask", "2027-01-09,linkedin,", "2027-01-07,facebook-group,"]
    result = check(strategy, [], rows, date(2027, 1, 10))
    assert list(result.last_seen.columns) == LAST_SEEN_COLUMNS
    assert result.last_seen.values.tolist() == [
        ["linkedin", date(2027, 1, 9), 1, 7],
        ["facebook-group", date(2027, 1, 7), 3, 3],
    ]


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
    assert list(result.weekly.columns) == WEEKLY_COLUMNS
    assert result.weekly.values.tolist() == [
        ["linkedin", date(2027, 1, 4), 2, 35, 2, 49],
        ["linkedin", date(2027, 1, 11), 1, 60, 1, 30],
        ["facebook-group", date(2027, 1, 4), 1, 25, 1, 25],
        ["facebook-group", date(2027, 1, 11), 0, 0, 1, 10],
    ]


def test_weekly_table_stops_at_the_end_of_the_plan(strategy: Strategy) -> None:
    """Checking after the plan ended shows its weeks, not weeks nobody planned."""
    result = check(strategy, PLAN, [], date(2027, 6, 1))
    assert result.weekly["week"].max() == date(2027, 3, 1)  # the week of 2027-03-03
    assert len(result.weekly) == 2 * 9


def test_weekly_planned_entries_match_a_real_schedule(strategy: Strategy) -> None:
    """On a scheduled plan, the weekly table accounts for every entry up to as_of."""
    calendar = schedule(strategy)
    as_of = date(2027, 2, 10)
    result = compare(strategy, calendar, log(strategy), as_of)
    due = calendar[calendar["start"].dt.date <= as_of]
    assert result.weekly["planned_entries"].sum() == len(due)
    assert result.weekly["planned_minutes"].sum() == due["minutes"].sum()
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
    assert result.last_seen["last"].tolist() == [date(2027, 1, 5), date(2027, 1, 6)]
    assert result.weekly["done_entries"].sum() == 2
