"""The activity log: what a team relies on when it logs its work by hand or by spreadsheet."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from dialogplan.activity_log import LoggedActivity, parse_activity
from dialogplan.errors import ActivityLogError
from dialogplan.strategy import Strategy, parse_strategy

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


def log(strategy: Strategy, *rows: str) -> tuple[LoggedActivity, ...]:
    """A parsed log from CSV rows written after a ``date,channel,move`` header."""
    return parse_activity("date,channel,move\n" + "\n".join(rows) + "\n", "log.csv", strategy)


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
    assert parse_activity(text, "german-export.csv", strategy) == (
        LoggedActivity(
            line=2,
            day=date(2027, 1, 4),
            time=time(8, 15),
            channel="linkedin",
            move="ask",
            link="https://www.linkedin.com/feed/update/urn:li:activity:1",
            note="Frage zu Lastenrädern",
        ),
        LoggedActivity(
            line=4,
            day=date(2027, 1, 5),
            time=time(19, 40),
            channel="facebook-group",
            move="group-help",
            link="",
            note="Tipp zu Gruppenregeln; kurz",
        ),
        LoggedActivity(
            line=6,
            day=date(2027, 1, 6),
            time=None,
            channel="linkedin",
            move="",
            link="",
            note="",
        ),
    )


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
    (activity,) = log(strategy, f"{written},linkedin,")
    assert (activity.day, activity.time) == (day, clock)


def test_header_and_names_ignore_case(strategy: Strategy) -> None:
    """People capitalise headers, channels and moves freely; the log still reads."""
    text = "Channel,DATE,Move\nLINKEDIN,2027-01-05,Reply Round\n"
    logged = parse_activity(text, "log.csv", strategy)
    assert [(a.channel, a.move) for a in logged] == [("linkedin", "reply")]


def test_header_only_log_is_empty(strategy: Strategy) -> None:
    """A fresh log with just its header is valid and holds no activity."""
    assert parse_activity("date,channel\n\n", "log.csv", strategy) == ()


def test_a_german_header_reads_as_the_english_one(strategy: Strategy) -> None:
    """„Datum;Uhrzeit;Kanal;Schritt“ as a German team types it is the same log."""
    rows = parse_activity(
        "Datum;Uhrzeit;Kanal;Schritt;Notiz\n04.01.2027;08:15;LinkedIn;Frage stellen;erste Frage\n",
        "log.csv",
        strategy,
    )
    assert [(r.channel, r.move, r.note) for r in rows] == [("linkedin", "ask", "erste Frage")]
    assert rows[0].time is not None
    assert rows[0].time.hour == 8
