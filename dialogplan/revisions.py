"""Which events changed since the last output, and the SEQUENCE and stamps that say so.

Calendar apps and CalDAV servers decide from SEQUENCE, DTSTAMP and LAST-MODIFIED whether a
copy they hold is out of date. So an event keeps the revision the previous output gave it
for as long as nothing a subscriber sees changes, and only an event whose time, text,
reminder or anything else changed counts one up and gets the run's revision moment. Stamps
never go backwards: a changed event is stamped no earlier than its previous copy was.

The previous output (a ``calendar.ics`` or a CalDAV server's copies) is read by the caller
and handed in as bytes; nothing here touches the disk or the clock. Reading and comparing
work on bytes first, since a rerun usually finds its own earlier file; only an event whose
bytes differ is parsed and compared property by property, so a file written by another
program (other property order, other folding) is not taken for a change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Component

from dialogplan.strategy import Strategy
from dialogplan.sync import event_content

#: The properties that say when and how often an event was revised, not what it is.
STAMPS = frozenset({"DTSTAMP", "LAST-MODIFIED", "SEQUENCE"})

_UTC_FORMAT = "%Y%m%dT%H%M%SZ"
_EVENT = re.compile(rb"^BEGIN:VEVENT\r?\n.*?^END:VEVENT\r?\n", re.DOTALL | re.MULTILINE)
_STAMP_LINE = re.compile(rb"^(?:DTSTAMP|LAST-MODIFIED|SEQUENCE)[;:][^\r\n]*\r?\n", re.MULTILINE)
_FOLD = re.compile(rb"\r?\n[ \t]")
_FIELD = re.compile(
    rb"^(UID|DTSTAMP|LAST-MODIFIED|SEQUENCE)(?:;[^:\r\n]*)?:([^\r\n]*)",
    re.MULTILINE | re.IGNORECASE,
)


class CalendarReadError(ValueError):
    """An earlier calendar that cannot be read as one; the caller treats it as absent."""


@dataclass(frozen=True, slots=True)
class Revision:
    """One event as an output had it: its revision, and what a subscriber sees of it."""

    sequence: int
    #: DTSTAMP and LAST-MODIFIED: when the event last changed, an aware UTC datetime.
    stamp: datetime
    #: The event's bytes, ``BEGIN:VEVENT`` to ``END:VEVENT``, without the lines of STAMPS.
    body: bytes


#: The previous output's events by UID.
Revisions = Mapping[str, Revision]


def read_revisions(ics: bytes) -> dict[str, Revision]:
    """Every event of an earlier calendar by UID, with its revision.

    Raises :class:`CalendarReadError` for bytes that are no calendar, or whose events lack
    a UID or have a SEQUENCE or stamp that cannot be read: such a file is no basis to say
    what changed.
    """
    if not _is_calendar(ics):
        raise CalendarReadError("not an iCalendar file (no BEGIN:VCALENDAR ... END:VCALENDAR)")
    stamps: dict[bytes, datetime] = {}
    found: dict[str, Revision] = {}
    for match in _EVENT.finditer(ics):
        block = match.group()
        fields = {
            name.upper(): value for name, value in reversed(_FIELD.findall(_FOLD.sub(b"", block)))
        }
        if b"UID" not in fields:
            raise CalendarReadError(f"an event at byte {match.start()} has no UID")
        uid = fields[b"UID"].decode("utf-8", "replace")
        revision = Revision(_sequence(fields), _stamp(fields, stamps), without_stamps(block))
        found.setdefault(uid, revision)
    return found


def _is_calendar(ics: bytes) -> bool:
    text = ics.strip().upper()
    return text.startswith(b"BEGIN:VCALENDAR") and text.endswith(b"END:VCALENDAR")


def _sequence(fields: dict[bytes, bytes]) -> int:
    value = fields.get(b"SEQUENCE", b"0").strip()
    if not value.isdigit():
        raise CalendarReadError(f"SEQUENCE {value[:20]!r} is not a whole number")
    return int(value)


def _stamp(fields: dict[bytes, bytes], seen: dict[bytes, datetime]) -> datetime:
    """LAST-MODIFIED, else DTSTAMP: what a server's copy says of its last change."""
    value = fields.get(b"LAST-MODIFIED", fields.get(b"DTSTAMP", b"")).strip()
    if value not in seen:
        try:
            seen[value] = datetime.strptime(value.decode("ascii"), _UTC_FORMAT).replace(tzinfo=UTC)
        except (UnicodeDecodeError, ValueError):
            raise CalendarReadError(f"stamp {value[:20]!r} is no UTC time") from None
    return seen[value]


def without_stamps(event: bytes) -> bytes:
    """An event's bytes without the lines of STAMPS, which say when it was revised."""
    return _STAMP_LINE.sub(b"", event)


def revision_moment(strategy: Strategy, clock: datetime) -> datetime:
    """When this run revises the plan: the strategy's ``updated``, but never after ``clock``.

    ``clock`` is the run's time; without ``updated`` it is the moment. In UTC, in whole
    seconds. A stamp in the future would make a copy look newer than the next run's.
    """
    now = in_utc(clock)
    if strategy.updated is None:
        return now
    updated = strategy.updated
    if updated.tzinfo is None:
        updated = updated.replace(tzinfo=strategy.zone)
    return min(in_utc(updated), now)


def in_utc(moment: datetime) -> datetime:
    """An aware moment in UTC, in whole seconds, as stamps are written."""
    if moment.tzinfo is None:
        raise ValueError(f"{moment} has no time zone; a revision moment must be aware")
    return moment.astimezone(UTC).replace(microsecond=0)


def revise(body: bytes, earlier: Revision | None, moment: datetime) -> Revision:
    """The event's revision in this output, from the previous output's copy of it.

    New: SEQUENCE 0 and ``moment``. Unchanged for a subscriber: the copy's own revision, so
    its bytes stay the same. Changed: one more, and ``moment``, or the copy's stamp if that
    is later (stamps never go backwards).
    """
    moment = in_utc(moment)
    if earlier is None:
        return Revision(0, moment, body)
    if same_event(body, earlier.body):
        return Revision(earlier.sequence, earlier.stamp, body)
    return Revision(earlier.sequence + 1, max(moment, earlier.stamp), body)


def same_event(body: bytes, earlier: bytes) -> bool:
    """Whether two events without their stamps look the same to a subscriber.

    The same bytes are the usual case; otherwise both are parsed and their properties and
    reminders compared as sorted content lines, whatever the order and folding. An earlier
    copy that cannot be parsed counts as changed.
    """
    if body == earlier:
        return True
    try:
        theirs = Component.from_ical(earlier)
    except ValueError:
        return False
    ours = Component.from_ical(body)
    return event_content(ours, ignored=STAMPS) == event_content(theirs, ignored=STAMPS)


def stamp_lines(revision: Revision) -> tuple[bytes, bytes, bytes]:
    """DTSTAMP, LAST-MODIFIED and SEQUENCE as the content lines an event carries."""
    stamp = revision.stamp.strftime(_UTC_FORMAT).encode()
    return (
        b"DTSTAMP:" + stamp + b"\r\n",
        b"LAST-MODIFIED:" + stamp + b"\r\n",
        b"SEQUENCE:" + str(revision.sequence).encode() + b"\r\n",
    )


__all__ = [
    "STAMPS",
    "CalendarReadError",
    "Revision",
    "Revisions",
    "in_utc",
    "read_revisions",
    "revise",
    "revision_moment",
    "same_event",
    "stamp_lines",
    "without_stamps",
]
