"""One feed per client and channel that stays right across quarters.

People subscribe once. The quarterly run writes the next quarter beside the current plan
(``OUT/<client>/2027-Q2/``), so the feed a subscriber holds must be the union of the plan in
use and every quarter already planned ahead, and a quarter that is over must drop out of it.
This module makes that union from the feeds' bytes and the moment it is asked for; it never
reads the clock or a file, so the same inputs give the same bytes.

A quarter is taken from one source only: its own folder when one was planned for it (the
newer, quarter-sized plan), otherwise the client's plan. Taking both would double the
team's work in that quarter. Events are copied byte for byte; the VTIMEZONEs are made anew,
one per zone the events use, spanning their years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dialogplan.quarters import next_quarter_start, quarter_label, quarter_start
from dialogplan.vtimezone import vtimezone_bytes

__all__ = ["QUARTER_LABEL", "UnionFeed", "union_feed"]

#: How a quarter's folder is named: ``2027-Q2``.
QUARTER_LABEL = re.compile(r"\d{4}-Q[1-4]")
_CRLF = b"\r\n"
_END = b"END:VCALENDAR"
_TZID = re.compile(r'(?:^|;)TZID=(?:"([^"]*)"|([^;:]*))')
_ESCAPED = re.compile(r"\\(.)")


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
    data: bytes


@dataclass(frozen=True)
class _Feed:
    head: list[bytes]
    timezones: dict[str, bytes]
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
    body = b"".join(event.data for event in events)
    timezones = _timezones(head, [base, *parsed.values()], events, current.year)
    ics = _CRLF.join(head.head) + _CRLF + timezones + body + _END + _CRLF
    return UnionFeed(
        ics=ics,
        name=_name(head.head),
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
            blocks.extend(known[:1])
    return b"".join(blocks)


def _zone(tzid: str) -> ZoneInfo:
    try:
        return ZoneInfo(tzid) if tzid else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _name(head: list[bytes]) -> str:
    props = dict(_properties(head))
    raw = props.get("NAME") or props.get("X-WR-CALNAME") or ("", "")
    return _unescape(raw[1])


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)


# --- reading a feed ------------------------------------------------------------------------


def _parse(data: bytes) -> _Feed:
    """A feed split into its calendar lines, its VTIMEZONEs and its events, bytes kept."""
    lines = data.splitlines()
    head: list[bytes] = []
    blocks: list[list[bytes]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(b"BEGIN:") and line != b"BEGIN:VCALENDAR":
            end = _component_end(lines, i)
            blocks.append(lines[i : end + 1])
            i = end + 1
            continue
        if line and not line.startswith(_END):
            head.append(line)
        i += 1
    zone = dict(_properties(head)).get("X-WR-TIMEZONE", ("", ""))[1]
    timezones: dict[str, bytes] = {}
    events: list[_Event] = []
    for block in blocks:
        _collect(block, _zone(zone), timezones, events)
    return _Feed(head, timezones, events, zone)


def _component_end(lines: list[bytes], start: int) -> int:
    """The index of the END line that closes the component beginning at ``start``."""
    depth = 0
    for index in range(start, len(lines)):
        line = lines[index]
        if line.startswith(b"BEGIN:"):
            depth += 1
        elif line.startswith(b"END:"):
            depth -= 1
            if depth == 0:
                return index
    raise ValueError(f"{lines[start].decode('utf-8', 'replace')} is never closed")


def _collect(
    block: list[bytes], zone: ZoneInfo, timezones: dict[str, bytes], events: list[_Event]
) -> None:
    data = _CRLF.join(block) + _CRLF
    props = list(_properties(block[1:-1]))
    if block[0] == b"BEGIN:VTIMEZONE":
        tzid = dict(props).get("TZID", ("", ""))[1]
        timezones.setdefault(tzid, data)
    elif block[0] == b"BEGIN:VEVENT":
        own = dict(reversed(props))  # the event's own lines come before any VALARM's
        uid = own.get("UID", ("", ""))[1]
        tzids = frozenset(tzid for _, (params, _) in props if (tzid := _tzid(params)))
        events.append(_Event(uid, _day(own.get("DTSTART", ("", ""))[1], zone), tzids, data))


def _properties(lines: list[bytes]) -> Iterator[tuple[str, tuple[str, str]]]:
    """Each unfolded content line as (name, (parameters, value))."""
    logical: list[bytes] = []
    for raw in lines:
        if raw[:1] in {b" ", b"\t"} and logical:
            logical[-1] += raw[1:]
        else:
            logical.append(raw)
    for line in logical:
        name, params, value = _split(line.decode("utf-8", "replace"))
        yield name.upper(), (params, value)


def _split(line: str) -> tuple[str, str, str]:
    """A content line's name, parameters and value; a colon inside quotes is no separator."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:index], line[index + 1 :]
            name, _, params = head.partition(";")
            return name, params, value
    return line, "", ""


def _tzid(params: str) -> str:
    match = _TZID.search(params)
    return (match[1] or match[2]) if match else ""


def _day(value: str, zone: ZoneInfo) -> date:
    """The day an event starts on in its own zone; a UTC time counts in the calendar's zone."""
    try:
        day = date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        if value.endswith("Z") and len(value) == 16:
            moment = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            day = moment.astimezone(zone).date()
    except ValueError:
        raise ValueError(f"an event starts at {value!r}, which is not a date") from None
    return day
