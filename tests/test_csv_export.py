"""The CSV exports: exact columns, ISO times with offsets, Google's format, no formulas."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import UTC, datetime
from typing import Any

import pytest

from dialogplan.csv_export import COLUMNS, GOOGLE_COLUMNS, calendar_csv, google_csv, neutralise
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import calendar_entries

STRATEGY = """
client: kaffeerad
name: Kaffeerad Köln
language: de
timezone: Europe/Berlin
start: 2027-03-22
months: 1
hours_per_week: 4
goals:
  - id: kontakte
    text: Mit Familien im Veedel ins Gespräch kommen
topics: [Lastenräder im Alltag, "=Reparieren statt wegwerfen"]
audience: Familien in Köln, die das Auto stehen lassen wollen
channels:
  linkedin: {share: 0.5}
  facebook-group: {share: 0.5}
"""


@pytest.fixture
def plan() -> Strategy:
    """A small two-channel strategy, parsed the way a user's file is."""
    return parse_strategy(STRATEGY, "inline.yaml")


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


ENTRIES: list[dict[str, Any]] = [
    {"start": "2027-03-26 09:00", "title": "Frühjahrsputz am Rad"},
    {"start": "2027-03-29 09:00", "channel": "facebook-group", "move": "group-help"},
    {"start": "2027-03-30 12:30", "minutes": 15, "move": "reply",
     "follows_up": "kaffeerad.linkedin.20270326.0@dialogplan"},
    {"start": "2027-03-31 00:10", "minutes": 30, "title": "Nachteule"},
]  # fmt: skip


def test_calendar_csv_has_exactly_the_documented_columns(plan: Strategy) -> None:
    """Scripts and spreadsheets can rely on the column names and their order."""
    data = calendar_csv(calendar_entries(plan, ENTRIES))
    assert data.decode("utf-8").split("\r\n", 1)[0] == ",".join(COLUMNS)
    assert len(rows(data)) == len(ENTRIES)


def test_calendar_csv_times_are_iso_with_offset(plan: Strategy) -> None:
    """Start and end name the local time and its UTC offset, which changes with DST."""
    table = rows(calendar_csv(calendar_entries(plan, ENTRIES)))
    assert table[0]["start"] == "2027-03-26T09:00:00+01:00"
    assert table[0]["end"] == "2027-03-26T09:20:00+01:00"
    assert table[1]["start"] == "2027-03-29T09:00:00+02:00"
    assert datetime.fromisoformat(table[1]["start"]) == datetime(2027, 3, 29, 7, tzinfo=UTC)


def test_offsets_west_of_greenwich_keep_their_minutes() -> None:
    """Newfoundland's -02:30 / -03:30 offsets are written with sign and minutes."""
    plan = parse_strategy(STRATEGY.replace("Europe/Berlin", "America/St_Johns"), "inline.yaml")
    entries: list[dict[str, Any]] = [{"start": "2027-03-12 09:00"}, {"start": "2027-03-15 09:00"}]
    table = rows(calendar_csv(calendar_entries(plan, entries)))
    assert [r["start"] for r in table] == [
        "2027-03-12T09:00:00-03:30",
        "2027-03-15T09:00:00-02:30",
    ]


def test_calendar_csv_keeps_the_fields(plan: Strategy) -> None:
    """Umlauts, minutes and the followed-up post survive the export unchanged."""
    table = rows(calendar_csv(calendar_entries(plan, ENTRIES)))
    assert table[0]["title"] == "Frühjahrsputz am Rad"
    assert table[0]["minutes"] == "20"
    assert table[0]["follows_up"] == ""
    assert table[2]["follows_up"] == "kaffeerad.linkedin.20270326.0@dialogplan"
    assert table[1]["channel"] == "facebook-group"
    assert table[1]["move"] == "group-help"


def test_calendar_csv_shows_place_thread_and_link(plan: Strategy) -> None:
    """Where the move happens, the entry it carries on and an announcement's link."""
    first, second, *rest = calendar_entries(plan, ENTRIES)
    second = dataclasses.replace(
        second, place="groups", continues=first.uid, url="https://example.org/rad"
    )
    table = rows(calendar_csv([first, second, *rest]))
    assert list(table[0])[-5:] == ["follows_up", "place", "continues", "url", "contact"]
    assert (table[0]["place"], table[0]["continues"], table[0]["url"]) == ("", "", "")
    assert table[1]["place"] == "groups"
    assert table[1]["continues"] == first.uid
    assert table[1]["url"] == "https://example.org/rad"


def test_multiline_prompts_stay_in_one_cell(plan: Strategy) -> None:
    """A prompt with line breaks and quotes reads back as one row and the same text."""
    prompt = 'Frag in die Runde:\n"Wie transportiert ihr den Wocheneinkauf?"\nAntworte auf alle.'
    data = calendar_csv(calendar_entries(plan, [{"start": "2027-03-23 08:00", "prompt": prompt}]))
    (row,) = rows(data)
    assert row["prompt"] == prompt
    assert data.endswith(b"\r\n")


@pytest.mark.parametrize("risky", ['=HYPERLINK("x")', "+49 221 123", "-1", "@alle", "\tx", "\rx"])
def test_formula_like_text_is_neutralised(plan: Strategy, risky: str) -> None:
    """Text a spreadsheet would run as a formula gets a leading apostrophe in both CSVs."""
    entry = {"start": "2027-03-23 08:00", "title": risky, "prompt": risky, "topic": risky}
    full = rows(calendar_csv(calendar_entries(plan, [entry])))[0]
    assert full["title"] == full["prompt"] == full["topic"] == "'" + risky
    google = rows(google_csv(calendar_entries(plan, [entry])))[0]
    assert google["Subject"] == google["Description"] == "'" + risky


def test_harmless_text_and_times_are_left_alone(plan: Strategy) -> None:
    """Ordinary text, numbers and ISO timestamps are not prefixed."""
    text = ["Hallo", "Frage: =?", "'=schon sicher", "", "2027-03-23T08:00:00+01:00"]
    assert neutralise(text) == text
    full = rows(calendar_csv(calendar_entries(plan, ENTRIES)))[0]
    assert full["start"].startswith("2027")
    assert full["minutes"] == "20"


def test_neutralise_writes_every_cell_as_text() -> None:
    """Numbers become text, missing cells empty, and formulas are defused in any position."""
    assert neutralise([20, None, float("nan"), "=1+1", "a=b"]) == ["20", "", "", "'=1+1", "a=b"]


def test_google_csv_format(plan: Strategy) -> None:
    """Google Calendar's import gets its own column names, US dates and 12-hour times."""
    data = google_csv(calendar_entries(plan, ENTRIES))
    assert data.decode("utf-8").split("\r\n", 1)[0] == ",".join(GOOGLE_COLUMNS)
    table = rows(data)
    assert table[0] == {
        "Subject": "Frühjahrsputz am Rad",
        "Start Date": "03/26/2027",
        "Start Time": "9:00 AM",
        "End Date": "03/26/2027",
        "End Time": "9:20 AM",
        "All Day Event": "False",
        "Description": "Frag dein Netzwerk, wie es Einkäufe transportiert.",
        "Location": "LinkedIn",
        "Private": "True",
    }
    assert table[1]["Location"] == "Facebook groups"
    assert (table[2]["Start Time"], table[2]["End Time"]) == ("12:30 PM", "12:45 PM")
    assert (table[3]["Start Time"], table[3]["End Time"]) == ("12:10 AM", "12:40 AM")


def test_google_csv_uses_local_time_after_dst(plan: Strategy) -> None:
    """Times stay the strategy's wall-clock times after the clocks change."""
    table = rows(google_csv(calendar_entries(plan, ENTRIES)))
    assert (table[1]["Start Date"], table[1]["Start Time"]) == ("03/29/2027", "9:00 AM")


def test_exports_are_deterministic(plan: Strategy) -> None:
    """The same calendar gives byte-identical files, so re-exports diff cleanly."""
    assert calendar_csv(calendar_entries(plan, ENTRIES)) == calendar_csv(
        calendar_entries(plan, ENTRIES)
    )
    assert google_csv(calendar_entries(plan, ENTRIES)) == google_csv(
        calendar_entries(plan, ENTRIES)
    )


def test_empty_calendar_gives_header_only(plan: Strategy) -> None:
    """A plan with nothing scheduled still exports importable files."""
    assert calendar_csv(calendar_entries(plan, [])) == (",".join(COLUMNS) + "\r\n").encode()
    assert google_csv(calendar_entries(plan, [])) == (",".join(GOOGLE_COLUMNS) + "\r\n").encode()
