"""One feed per client and channel that stays right across quarters.

People subscribe once. The quarterly run writes the next quarter beside the current plan
(``OUT/<client>/2027-Q2/``), so the feed a subscriber holds must be the union of the plan in
use and every quarter already planned ahead, and a quarter that is over must drop out of it.
This module makes that union from the feeds' bytes and the moment it is asked for; it never
reads the clock or a file, so the same inputs give the same bytes.

A quarter is taken from one source only: its own folder when one was planned for it (the
newer, quarter-sized plan), otherwise the client's plan. Taking both would double the
team's work in that quarter. The feeds are read and the chosen events written by icalendar;
the VTIMEZONEs are made anew, one per zone the events use, spanning their years.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event, InvalidCalendar, Timezone, is_utc
from icalendar.parser import unescape_backslash

from dialogplan.quarters import next_quarter_start, quarter_label, quarter_start
from dialogplan.vtimezone import vtimezone_bytes

__all__ = ["QUARTER_LABEL", "UnionFeed", "union_feed"]

#: How a quarter's folder is named: ``2027-Q2``.
QUARTER_LABEL = re.compile(r"\d{4}-Q[1-4]")
_CRLF = b"\r\n"
_END = b"END:VCALENDAR"


@dataclass(frozen=True)
class UnionFeed:
    """The union's bytes, and what a person choosing a feed wants to know about it."""

    ics: bytes
    #: The calendar's name, as calendar apps show it.
    name: str
    entries: int
    #: The first and last day with an entry, in the calendar's own zone.
    first: date | None
    last: date | None
    #: When the current quarter began: the last moment a quarter may have dropped out.
    since: datetime
    #: When the next quarter begins: the union may change then even if no file does.
    until: datetime


@dataclass(frozen=True)
class _Event:
    uid: str
    day: date
    tzids: frozenset[str]
    component: Event


@dataclass(frozen=True)
class _Feed:
    calendar: Calendar
    timezones: dict[str, Timezone]
    events: list[_Event]
    zone: str


def union_feed(
    plan: bytes | None, quarters: Mapping[str, bytes | None], now: datetime
) -> UnionFeed:
    """The entries of the current quarter and every later one, from the plan and quarter folders.

    ``plan`` is the client's own feed (``None`` if it has none); ``quarters`` maps the label
    of each quarter folder to its feed, or to ``None`` when that quarter was planned without
    this feed (a channel dropped for the quarter). ``now`` is an aware moment; the calendar's
    own zone decides which quarter it lies in.
    """
    parsed = {label: _parse(data) for label, data in sorted(quarters.items()) if data is not None}
    base = _parse(plan) if plan is not None else None
    head = _head_feed(base, parsed, now)
    zone = _zone(head.zone)
    current = quarter_start(now.astimezone(zone).date())
    events = _chosen(base, parsed, set(quarters), quarter_label(current))
    days = [event.day for event in events]
    body = b"".join(event.component.to_ical() for event in events)
    timezones = _timezones(head, [base, *parsed.values()], events, current.year)
    return UnionFeed(
        ics=_head(head.calendar) + timezones + body + _END + _CRLF,
        name=_name(head.calendar),
        entries=len(events),
        first=min(days, default=None),
        last=max(days, default=None),
        since=datetime.combine(current, time(), zone),
        until=datetime.combine(next_quarter_start(current), time(), zone),
    )


def _head_feed(base: _Feed | None, quarters: Mapping[str, _Feed], now: datetime) -> _Feed:
    """The feed whose calendar properties the union carries: the newest plan still running.

    Quarter folders are newer than the plan they follow, so the latest quarter that is not
    over names the calendar; without one the plan does, and failing that the latest folder.
    """
    running = [
        feed
        for label, feed in sorted(quarters.items(), reverse=True)
        if label >= quarter_label(now.astimezone(_zone(feed.zone)).date())
    ]
    candidates = [*running, *([base] if base is not None else [])]
    candidates += [quarters[label] for label in sorted(quarters, reverse=True)]
    if not candidates:
        raise ValueError("a feed needs the plan's feed or at least one quarter's")
    return candidates[0]


def _chosen(
    base: _Feed | None, quarters: Mapping[str, _Feed], planned: set[str], current: str
) -> list[_Event]:
    """Each quarter's events from the one source that plans it, in time order of quarters."""
    by_quarter: dict[str, list[_Event]] = {}
    for label, feed in quarters.items():
        if label >= current:
            by_quarter[label] = [e for e in feed.events if quarter_label(e.day) == label]
    if base is not None:
        for event in base.events:
            label = quarter_label(event.day)
            if label >= current and label not in planned:
                by_quarter.setdefault(label, []).append(event)
    seen: set[str] = set()
    chosen = []
    for label in sorted(by_quarter):
        for event in by_quarter[label]:
            if event.uid not in seen:
                seen.add(event.uid)
                chosen.append(event)
    return chosen


def _timezones(head: _Feed, feeds: list[_Feed | None], events: list[_Event], year: int) -> bytes:
    """One VTIMEZONE per zone the events or the calendar name, spanning the events' years."""
    tzids = {tzid for event in events for tzid in event.tzids}
    if head.zone:
        tzids.add(head.zone)
    years = [event.day.year for event in events] or [year]
    first, last = min(years) - 1, max(years)
    blocks = []
    for tzid in sorted(tzids):
        try:
            blocks.append(vtimezone_bytes(tzid, first, last))
        except (ZoneInfoNotFoundError, ValueError):
            # A zone the zone database does not know: keep the definition the feed brought.
            known = [feed.timezones[tzid] for feed in feeds if feed and tzid in feed.timezones]
            blocks.extend(timezone.to_ical() for timezone in known[:1])
    return b"".join(blocks)


def _zone(tzid: str) -> ZoneInfo:
    try:
        return ZoneInfo(tzid) if tzid else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _head(calendar: Calendar) -> bytes:
    """The calendar's own properties, written by icalendar, without the closing END line."""
    return bytes(calendar.copy().to_ical()).removesuffix(_END + _CRLF)


def _name(calendar: Calendar) -> str:
    """NAME, else X-WR-CALNAME, unescaped: icalendar keeps both as unknown, still escaped."""
    return str(unescape_backslash(calendar.calendar_name or ""))


# --- reading a feed ------------------------------------------------------------------------


def _parse(data: bytes) -> _Feed:
    """A feed read by icalendar: its calendar, its VTIMEZONEs by TZID and its events."""
    calendar = Calendar.from_ical(data)
    zone = str(calendar.get("X-WR-TIMEZONE", ""))
    timezones: dict[str, Timezone] = {}
    for timezone in calendar.timezones:
        timezones.setdefault(timezone.tz_name, timezone)
    events = [_event(event, _zone(zone)) for event in calendar.events]
    return _Feed(calendar, timezones, events, zone)


def _event(event: Event, zone: ZoneInfo) -> _Event:
    return _Event(str(event.get("UID", "")), _day(event, zone), _tzids(event), event)


def _tzids(event: Event) -> frozenset[str]:
    """Every zone the event's times name, its alarms' included: each needs a VTIMEZONE."""
    params = (getattr(value, "params", {}) for _, value in event.property_items(sorted=False))
    return frozenset(str(found["TZID"]) for found in params if "TZID" in found)


def _day(event: Event, zone: ZoneInfo) -> date:
    """The day an event starts on in its own zone; a UTC time counts in the calendar's zone."""
    try:
        start = event.DTSTART
    except InvalidCalendar:
        start = None
    if isinstance(start, datetime):
        return start.astimezone(zone).date() if is_utc(start) else start.date()
    if isinstance(start, date):
        return start
    raise ValueError(f"an event starts at {str(event.get('DTSTART', ''))!r}, which is not a date")
