"""Regression: an entry at 01:00 on 2027-11-07 in New York, the hour the clocks repeat.

icalendar and vobject read such a time as its first occurrence (05:00Z), ical.js
(Thunderbird) as its second (06:00Z), so one subscriber saw the work an hour later than
another. Entries now keep clear of that hour, as they already kept clear of the spring gap.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import vobject  # type: ignore[import-untyped]
from icalendar import Calendar

from dialogplan.render import render
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import calendar_files

NEW_YORK = ZoneInfo("America/New_York")
FALL_BACK = date(2027, 11, 7)  # a Sunday: 01:00-01:59 happens twice

STRATEGY = """
client: nachtschicht
name: Night Shift Bakery
language: en
timezone: America/New_York
start: 2027-10-25
months: 1
hours_per_week: 3
goals:
  - {id: regulars, text: Talk with the people who buy bread before dawn}
topics: [Sourdough at 3 a.m.]
audience: Early risers in Queens
channels:
  facebook-group:
    days: [sun]
    windows: ["00:30-03:30"]
"""


def night_plan() -> Strategy:
    """A bakery whose only window is the night the clocks go back."""
    return parse_strategy(STRATEGY, "nachtschicht.yaml")


def repeated(moment: datetime) -> bool:
    """Whether the wall-clock time happens twice in New York."""
    wall = moment.replace(tzinfo=None)
    first, second = (wall.replace(tzinfo=NEW_YORK, fold=f).utcoffset() for f in (0, 1))
    return first != second


def test_no_entry_starts_or_ends_in_the_repeated_hour() -> None:
    """The night is still planned, but around the doubled hour, never in it."""
    entries = schedule(night_plan())
    that_night = [e for e in entries if e.start.date() == FALL_BACK]
    assert that_night, "the window that night must still be used"
    for entry in that_night:
        assert not repeated(entry.start), entry
        assert not repeated(entry.end), entry
        assert entry.end.astimezone(UTC) - entry.start.astimezone(UTC) == timedelta(
            minutes=entry.minutes
        ), entry


def test_parsers_agree_on_every_instant_that_night() -> None:
    """icalendar and vobject read the same UTC instants as the plan itself."""
    plan = night_plan()
    entries = render(plan, schedule(plan))
    ics = calendar_files(plan, entries)["calendar.ics"]
    expected = {e.uid: e.start.astimezone(UTC) for e in entries}
    by_icalendar = {
        str(e["UID"]): e.decoded("DTSTART").astimezone(UTC)
        for e in Calendar.from_ical(ics).walk("VEVENT")
    }
    by_vobject = {
        e.uid.value: e.dtstart.value.astimezone(UTC)
        for e in vobject.readOne(ics.decode("utf-8")).vevent_list
    }
    assert by_icalendar == by_vobject == expected
    night = [e for e in entries if e.start.date() == FALL_BACK]
    assert all(not repeated(e.start) and not repeated(e.end) for e in night)
