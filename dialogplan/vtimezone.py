"""The VTIMEZONE every feed carries, built from the zone database.

Calendar apps disagree about time zones. Google and Outlook ignore floating times, and Outlook
needs a VTIMEZONE for every TZID; it has been seen to shift events defined by RDATE lists, so the
VTIMEZONE here is written with yearly RRULEs derived from the zone database for the years the
plan covers.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

from icalendar import (
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vDDDTypes,
    vRecur,
    vText,
    vUTCOffset,
)

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


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
def vtimezone_bytes(tzid: str, first_year: int, last_year: int) -> bytes:
    """The serialised :func:`vtimezone_for`, made once per zone and years for every feed."""
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
        start = datetime(first_year, 1, 1)  # noqa: DTZ001 - a wall-clock time, zoned below
        local = start.replace(tzinfo=zone)
        offset = local.utcoffset() or timedelta(0)
        vtz.add_component(
            _observance(TimezoneStandard(), start, offset, offset, local.tzname() or "", rule=None)
        )
    for index, span in enumerate(spans):
        closed = index < len(spans) - 1 or span.last_year < last_year
        for begin, end, ordinals in zip(span.first, span.last, span.ordinals, strict=True):
            rule = _yearly(begin, ordinals, end if closed else None)
            part = TimezoneDaylight() if begin.daylight else TimezoneStandard()
            vtz.add_component(
                _observance(part, begin.local, begin.before, begin.after, begin.name, rule=rule)
            )
    return vtz


def _yearly(begin: _Transition, ordinals: frozenset[int], end: _Transition | None) -> vRecur:
    """The yearly rule repeating ``begin``; up to ``end`` when a later rule change stops it."""
    ordinal = -1 if -1 in ordinals else min(ordinals)
    rule = vRecur(
        {
            "FREQ": "YEARLY",
            "BYMONTH": begin.local.month,
            "BYDAY": f"{ordinal}{_WEEKDAYS[begin.local.weekday()]}",
        }
    )
    if end is not None:
        # RFC 5545 compares UNTIL in UTC, some readers with the local DTSTART;
        # a day's margin includes the last change either way.
        rule["UNTIL"] = end.utc + timedelta(days=1)
    return rule


def _observance(
    part: TimezoneStandard | TimezoneDaylight,
    start: datetime,
    before: timedelta,
    after: timedelta,
    name: str,
    *,
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


__all__ = ["vtimezone_bytes", "vtimezone_for"]
