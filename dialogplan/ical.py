"""The calendar as iCalendar files people subscribe to.

A subscribed feed is re-read every few hours and replaces what the reader saw before, so every
byte must be reproducible: UIDs come from the plan, DTSTAMP from the strategy's revision date,
never from the clock. Besides ``calendar.ics`` with everything, each channel gets its own file so
that a team member who only looks after LinkedIn can subscribe to just that.

Calendar apps disagree about time zones. Google and Outlook ignore floating times, and Outlook
needs a VTIMEZONE for every TZID; it has been seen to shift events defined by RDATE lists, so the
VTIMEZONE here is written with yearly RRULEs derived from the zone database for the years the
plan covers.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from functools import cache
from typing import TypeVar
from zoneinfo import ZoneInfo

import pandas as pd
from icalendar import (
    Calendar,
    Component,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCategory,
    vDDDTypes,
    vDuration,
    vInt,
    vRecur,
    vText,
    vUTCOffset,
)

from dialogplan.catalogue import catalogue
from dialogplan.moves import MOVES
from dialogplan.strategy import Strategy

PRODID = "-//dialogplan//dialogplan//EN"
#: How often subscribers are asked to re-read the feed; Google polls at its own pace anyway.
REFRESH = timedelta(hours=12)

_END = b"END:VCALENDAR\r\n"
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: Octets per folded line, and the escape characters a fold must not follow.
_FOLD_AT = 74
_NO_FOLD_AFTER = frozenset(b"\\^")
_V = TypeVar("_V")


def calendar_files(strategy: Strategy, calendar: pd.DataFrame) -> dict[str, bytes]:
    """``calendar.ics`` with every entry and ``channels/<name>.ics`` for each planned channel.

    Each event is serialised once and its bytes are shared by the full and the channel file.
    """
    stamp = vDDDTypes(_stamp(strategy))
    zone = strategy.zone
    events = list(_events(strategy, calendar, stamp, zone))

    # From the year before the plan, so that its first days lie after the rules' DTSTART.
    first, last = strategy.start.year - 1, strategy.last_day.year
    if len(calendar):
        first = min(first, calendar["start"].dt.tz_convert(zone).min().year - 1)
        last = max(last, calendar["end"].dt.tz_convert(zone).max().year)
    vtimezone = _vtimezone_bytes(strategy.timezone, first, last)

    labels = {name: spec.label_in(strategy.language) for name, spec in catalogue().items()}
    files = {"calendar.ics": _wrap(strategy.name, strategy.timezone, vtimezone, events, None)}
    for name in strategy.channels:
        title = f"{strategy.name} – {labels.get(name, name)}"
        files[f"channels/{name}.ics"] = _wrap(title, strategy.timezone, vtimezone, events, name)
    return files


def _stamp(strategy: Strategy) -> datetime:
    """When the plan was last revised, in UTC; the plan's first midnight if nobody said."""
    if strategy.updated is None:
        return datetime.combine(strategy.start, time(), strategy.zone).astimezone(UTC)
    updated = strategy.updated
    if updated.tzinfo is None:
        updated = updated.replace(tzinfo=strategy.zone)
    return updated.astimezone(UTC)


def _events(
    strategy: Strategy, calendar: pd.DataFrame, stamp: vDDDTypes, zone: ZoneInfo
) -> Iterator[tuple[str, bytes]]:
    """Each row's channel and its serialised VEVENT, in the calendar's order."""
    if not len(calendar):
        return
    labels = {name: spec.label_in(strategy.language) for name, spec in catalogue().items()}
    moves = {name: move.labels[strategy.language] for name, move in MOVES.items()}
    starts = calendar["start"].dt.tz_convert(zone).dt.to_pydatetime().tolist()
    ends = calendar["end"].dt.tz_convert(zone).dt.to_pydatetime().tolist()
    opaque, sequence = vText("OPAQUE"), vInt(0)
    shared = _Shared(stamp, opaque, sequence)
    categories: dict[tuple[str, str], vCategory] = {}
    rows = zip(
        calendar["uid"].tolist(),
        starts,
        ends,
        calendar["channel"].tolist(),
        calendar["move"].tolist(),
        calendar["title"].tolist(),
        calendar["prompt"].tolist(),
        calendar["follows_up"].tolist(),
        strict=True,
    )
    for uid, start, end, channel, move, title, prompt, follows_up in rows:
        event = _Event(shared)
        event["UID"] = vText(uid)
        event["DTSTAMP"] = stamp
        event["LAST-MODIFIED"] = stamp
        event["DTSTART"] = vDDDTypes(start)
        event["DTEND"] = vDDDTypes(end)
        event["SUMMARY"] = vText(title)
        event["DESCRIPTION"] = vText(prompt)
        if (channel, move) not in categories:
            both = vCategory([labels.get(channel, channel), moves.get(move, move)])
            categories[(channel, move)] = shared.add(both)
        event["CATEGORIES"] = categories[(channel, move)]
        if follows_up:
            event["RELATED-TO"] = vText(follows_up)
        event["SEQUENCE"] = sequence
        # Work blocks: the time is really spent, so it shows as busy.
        event["TRANSP"] = opaque
        yield channel, _to_ical(event)


class _Shared:
    """Property values every event of one export shares, and their content lines once made."""

    def __init__(self, *values: object) -> None:
        self.values: dict[int, object] = {}  # by id; holding them keeps the ids unique
        self.lines: dict[tuple[str, int], str] = {}
        for value in values:
            self.add(value)

    def add(self, value: _V) -> _V:
        """Mark a value as shared; returns it."""
        self.values[id(value)] = value
        return value


class _Event(Event):
    """An event that turns shared values into content lines once per export, not per event.

    DTSTAMP, LAST-MODIFIED, SEQUENCE, TRANSP and the CATEGORIES pairs repeat in every event;
    formatting them again each time costs about a quarter of the export. icalendar builds
    every property's line through ``content_line``, so the text stays icalendar's own.
    """

    def __init__(self, shared: _Shared) -> None:
        super().__init__()
        self._shared = shared

    def content_line(self, name: str, value: object, sorted: bool = True) -> str:
        """The property as a content line; taken from the cache when the value is shared."""
        key = (name, id(value))
        lines = self._shared.lines
        if key in lines:
            return lines[key]
        line: str = super().content_line(name, value, sorted=sorted)
        if key[1] in self._shared.values:
            lines[key] = line
        return line


def _to_ical(component: Component) -> bytes:
    """The bytes of ``component.to_ical()``, with each content line folded in one pass.

    icalendar folds character by character, which is most of the time an export takes for
    the long prompts; the lines themselves still come from icalendar.
    """
    return b"\r\n".join(_fold(line) for line in component.content_lines() if line) + b"\r\n"


def _fold(line: str) -> bytes:
    """A content line folded exactly as icalendar folds it, in one pass over its bytes.

    At most 74 octets a line, never inside a UTF-8 character, and never right after a
    backslash or a caret, so that escapes stay whole for readers that unfold naively.
    """
    data = line.encode("utf-8")
    if len(data) <= _FOLD_AT:
        return data
    parts = []
    begin = 0
    while len(data) - begin > _FOLD_AT:
        cut = begin + _FOLD_AT
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: back to the start
            cut -= 1
        if cut - 1 > begin and data[cut - 1] in _NO_FOLD_AFTER:
            cut -= 1
        parts.append(data[begin:cut])
        begin = cut
    parts.append(data[begin:])
    return b"\r\n ".join(parts)


def _wrap(
    name: str,
    tzid: str,
    vtimezone: bytes,
    events: Iterable[tuple[str, bytes]],
    channel: str | None,
) -> bytes:
    """A VCALENDAR around already serialised events, keeping only ``channel``'s if given."""
    cal = Calendar()
    cal["PRODID"] = vText(PRODID)
    cal["VERSION"] = vText("2.0")
    cal["CALSCALE"] = vText("GREGORIAN")
    cal["NAME"] = vText(name)
    cal["X-WR-CALNAME"] = vText(name)
    cal["X-WR-TIMEZONE"] = vText(tzid)
    # RFC 7986 requires VALUE=DURATION here, and icalendar only writes it when asked.
    cal.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    cal["X-PUBLISHED-TTL"] = vDuration(REFRESH)
    head: bytes = cal.to_ical()
    if not head.endswith(_END):  # pragma: no cover - icalendar always closes the calendar
        raise AssertionError("unexpected calendar serialisation")
    body = b"".join(ics for ch, ics in events if channel is None or ch == channel)
    return head[: -len(_END)] + vtimezone + body + _END


# --- VTIMEZONE from the zone database ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Transition:
    """One change of a zone's offset, as the wall clock before it reads it."""

    local: datetime  # naive, in the offset before the change
    utc: datetime
    before: timedelta
    after: timedelta
    name: str
    daylight: bool

    @property
    def ordinals(self) -> frozenset[int]:
        """Which n-th weekday of the month this is: 1–5, and -1 if it is also the last."""
        day = self.local.day
        last = _calendar.monthrange(self.local.year, self.local.month)[1]
        found = {(day - 1) // 7 + 1}
        if day + 7 > last:
            found.add(-1)
        return frozenset(found)

    @property
    def key(self) -> tuple[object, ...]:
        """Everything a yearly rule must repeat, apart from which n-th weekday it is."""
        return (
            self.daylight,
            self.before,
            self.after,
            self.name,
            self.local.month,
            self.local.weekday(),
            self.local.time(),
        )


def _state(zone: tzinfo, at: datetime) -> tuple[timedelta | None, timedelta | None, str | None]:
    local = at.astimezone(zone)
    return local.utcoffset(), local.dst(), local.tzname()


def _transitions(zone: ZoneInfo, year: int) -> list[_Transition]:
    """The zone's changes within one calendar year (UTC), found to the second."""
    found: list[_Transition] = []
    at = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    step = timedelta(hours=6)
    state = _state(zone, at)
    while at < end:
        nxt = at + step
        new = _state(zone, nxt)
        if new != state:
            low, high = at, nxt  # state at low is old, at high is new
            while high - low > timedelta(seconds=1):
                mid = low + (high - low) / 2
                mid = mid.replace(microsecond=0)
                if _state(zone, mid) == state:
                    low = mid
                else:
                    high = mid
            found.append(_transition(zone, high))
            state = new
        at = nxt
    return found


def _transition(zone: tzinfo, utc: datetime) -> _Transition:
    before = (utc - timedelta(seconds=1)).astimezone(zone)
    after = utc.astimezone(zone)
    old, new = before.utcoffset(), after.utcoffset()
    old_dst, new_dst = before.dst(), after.dst()
    if old is None or new is None or old_dst is None or new_dst is None:  # pragma: no cover
        raise ValueError(f"time zone {zone} has no offset at {utc}")
    # Irish time counts winter as the negative exception; summer is still the daylight part.
    daylight = new_dst > timedelta(0) or (new_dst == timedelta(0) and old_dst < timedelta(0))
    return _Transition(
        local=(utc + old).replace(tzinfo=None),
        utc=utc,
        before=old,
        after=new,
        name=after.tzname() or "",
        daylight=daylight,
    )


@dataclass
class _Span:
    """Consecutive years whose changes follow the same yearly rules."""

    first_year: int
    last_year: int
    first: list[_Transition]
    last: list[_Transition]
    ordinals: list[frozenset[int]]


def _spans(zone: ZoneInfo, first_year: int, last_year: int) -> list[_Span]:
    spans: list[_Span] = []
    for year in range(first_year, last_year + 1):
        changes = _transitions(zone, year)
        if not changes:
            continue
        current = spans[-1] if spans else None
        if (
            current is not None
            and current.last_year == year - 1
            and [t.key for t in current.last] == [t.key for t in changes]
        ):
            merged = [
                known & t.ordinals for known, t in zip(current.ordinals, changes, strict=True)
            ]
            if all(merged):
                current.last_year, current.last, current.ordinals = year, changes, merged
                continue
        spans.append(_Span(year, year, changes, changes, [t.ordinals for t in changes]))
    return spans


@cache
def _vtimezone_bytes(tzid: str, first_year: int, last_year: int) -> bytes:
    return bytes(vtimezone_for(tzid, first_year, last_year).to_ical())


def vtimezone_for(tzid: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE with RRULE-based observances, exact for every year in the range.

    One STANDARD/DAYLIGHT pair per stretch of years with the same rules; a stretch that a later
    rule change ends gets an UNTIL. A zone without changes gets a single STANDARD.
    """
    zone = ZoneInfo(tzid)
    vtz = Timezone()
    vtz["TZID"] = vText(tzid)
    spans = _spans(zone, first_year, last_year)
    if not spans or spans[0].first_year != first_year:
        # Whatever held before the first change, from the start of the range on.
        start = datetime(first_year, 1, 1)
        local = start.replace(tzinfo=zone)
        offset = local.utcoffset() or timedelta(0)
        vtz.add_component(
            _observance(TimezoneStandard(), start, offset, offset, local.tzname() or "", None)
        )
    for index, span in enumerate(spans):
        closed = index < len(spans) - 1 or span.last_year < last_year
        for begin, end, ordinals in zip(span.first, span.last, span.ordinals, strict=True):
            ordinal = -1 if -1 in ordinals else min(ordinals)
            rule = vRecur(
                {
                    "FREQ": "YEARLY",
                    "BYMONTH": begin.local.month,
                    "BYDAY": f"{ordinal}{_WEEKDAYS[begin.local.weekday()]}",
                }
            )
            if closed:
                # RFC 5545 compares UNTIL in UTC, some readers with the local DTSTART;
                # a day's margin includes the last change either way.
                rule["UNTIL"] = end.utc + timedelta(days=1)
            part = TimezoneDaylight() if begin.daylight else TimezoneStandard()
            vtz.add_component(
                _observance(part, begin.local, begin.before, begin.after, begin.name, rule)
            )
    return vtz


def _observance(
    part: TimezoneStandard | TimezoneDaylight,
    start: datetime,
    before: timedelta,
    after: timedelta,
    name: str,
    rule: vRecur | None,
) -> TimezoneStandard | TimezoneDaylight:
    part["DTSTART"] = vDDDTypes(start)
    part["TZOFFSETFROM"] = vUTCOffset(before)
    part["TZOFFSETTO"] = vUTCOffset(after)
    if name:
        part["TZNAME"] = vText(name)
    if rule is not None:
        part["RRULE"] = rule
    return part


__all__ = ["PRODID", "REFRESH", "calendar_files", "vtimezone_for"]
