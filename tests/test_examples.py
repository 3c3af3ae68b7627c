"""Every example plan, end to end without Prefect: what a calendar app would import."""

from __future__ import annotations

import csv
import io
from datetime import UTC

import recurring_ical_events  # type: ignore[import-untyped]
import vobject  # type: ignore[import-untyped]
from icalendar import Calendar

from dialogplan.strategy import Strategy
from tests.support import build


def test_independent_parsers_read_every_entry_at_its_time(example: Strategy) -> None:
    """vobject and recurring-ical-events see each entry at the planned instant."""
    outputs = build(example)
    ics = outputs.files["calendar.ics"].decode("utf-8")
    planned = {
        entry.uid: (entry.start.astimezone(UTC), entry.end.astimezone(UTC))
        for entry in outputs.entries
    }
    parsed = vobject.readOne(ics)
    seen = {
        event.uid.value: (
            event.dtstart.value.astimezone(UTC),
            event.dtend.value.astimezone(UTC),
        )
        for event in parsed.vevent_list
    }
    assert seen == planned
    first, last = min(planned.values())[0], max(planned.values())[1]
    expanded = recurring_ical_events.of(Calendar.from_ical(ics)).between(first, last)
    assert {str(e["UID"]): e.start.astimezone(UTC) for e in expanded} == {
        uid: start for uid, (start, _) in planned.items()
    }


def test_csv_files_hold_every_entry(example: Strategy) -> None:
    """Both CSV files have one row per calendar entry, readable by Python's csv module."""
    outputs = build(example)
    for name in ("calendar.csv", "google-calendar.csv"):
        rows = list(csv.DictReader(io.StringIO(outputs.files[name].decode("utf-8"))))
        assert len(rows) == len(outputs.entries), name
    rows = list(csv.DictReader(io.StringIO(outputs.files["calendar.csv"].decode("utf-8"))))
    assert [r["uid"] for r in rows] == [entry.uid for entry in outputs.entries]


def test_each_channel_gets_its_own_feed(example: Strategy) -> None:
    """People can subscribe to one channel's work without the others'."""
    files = build(example).files
    assert {f"channels/{name}.ics" for name in example.channels} <= set(files)
