"""The calendar as CSV: a full table for spreadsheets and a file Google Calendar imports.

``calendar.csv`` (UTF-8, comma-separated, header row, one row per calendar entry):

- ``uid``: the entry's stable id, the same as the UID in the .ics files
- ``start``, ``end``: local date and time with UTC offset, ISO 8601 (2027-01-05T08:00:00+01:00)
- ``channel``: channel name from the catalogue (linkedin, facebook-group, ...)
- ``move``: the dialogue move (ask, reply, comment, ...)
- ``goal``: id of the strategy goal the entry serves
- ``topic``: the strategy topic it is about
- ``minutes``: time planned for it
- ``title``, ``prompt``: the short title and the full instructions
- ``follows_up``: for a reply round, the uid of the own post it follows up; else empty
- ``place``: where on the channel the move happens, a place id of ``data/places.yaml``
  (profile, feed, groups, requests, ...); empty when the entry names none
- ``continues``: the uid of the earlier entry whose work this one carries on (the posts saved
  while listening, the people met through contact requests, a question that drew answers, a
  break announced); else empty
- ``url``: the link of the event or offer the entry invites to (an announcement, or a prompt
  that carries the link); else empty
- ``contact``: the person from the team's contacts file the entry is for; else empty

``google-calendar.csv`` follows Google Calendar's import format: Subject, Start Date and End Date
(MM/DD/YYYY), Start Time and End Time (``8:00 AM``, the strategy's local time), All Day Event
(``False``), Description (the prompt), Location (the channel's label), Private (``True``, as
the .ics files' CLASS:PRIVATE).

Spreadsheet apps run cells that begin with ``=``, ``+``, ``-`` or ``@`` as formulas, so every
text cell is prefixed with an apostrophe when it starts with one of those, a tab or a carriage
return. Lines end in CRLF, as RFC 4180 and the import dialogs expect.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from dialogplan.entry import PRIVATE, RenderedEntry
from dialogplan.labels import channel_label
from dialogplan.spreadsheet import neutralise, safe_cell

COLUMNS = (
    "uid",
    "start",
    "end",
    "channel",
    "move",
    "goal",
    "topic",
    "minutes",
    "title",
    "prompt",
    "follows_up",
    "place",
    "continues",
    "url",
    "contact",
)
GOOGLE_COLUMNS = (
    "Subject",
    "Start Date",
    "Start Time",
    "End Date",
    "End Time",
    "All Day Event",
    "Description",
    "Location",
    "Private",
)


def calendar_csv(entries: Sequence[RenderedEntry]) -> bytes:
    """Every entry with all its fields, for spreadsheets and scripts."""
    iso = _IsoTimes()
    rows = (
        (
            safe_cell(e.uid),
            iso(e.start),
            iso(e.end),
            safe_cell(e.channel),
            safe_cell(e.move),
            safe_cell(e.goal),
            safe_cell(e.topic),
            str(e.minutes),
            safe_cell(e.title),
            safe_cell(e.prompt),
            safe_cell(e.follows_up),
            safe_cell(e.place),
            safe_cell(e.continues),
            safe_cell(e.url),
            safe_cell(e.contact),
        )
        for e in entries
    )
    return _csv(COLUMNS, rows)


def google_csv(entries: Sequence[RenderedEntry], language: str = "en") -> bytes:
    """The entries in the columns Google Calendar's CSV import reads."""
    locations: dict[str, str] = {}
    private = str(PRIVATE)
    rows = []
    for e in entries:
        if e.channel not in locations:
            locations[e.channel] = safe_cell(channel_label(e.channel, language))
        # Wall-clock times in the plan's time zone, as Google's import reads them.
        start, end = e.start, e.end
        rows.append(
            (
                safe_cell(e.title),
                _us_date(start),
                _clock(start),
                _us_date(end),
                _clock(end),
                "False",
                safe_cell(e.prompt),
                locations[e.channel],
                private,
            )
        )
    return _csv(GOOGLE_COLUMNS, rows)


class _IsoTimes:
    """ISO 8601 local time with a ``+01:00`` offset, which ``%z`` would write as ``+0100``.

    A plan has only a couple of offsets, so each is spelled out once.
    """

    def __init__(self) -> None:
        self.spelled: dict[timedelta, str] = {}

    def __call__(self, moment: datetime) -> str:
        offset = moment.utcoffset()
        if offset is None:
            raise ValueError("calendar times must carry their time zone")
        if offset not in self.spelled:
            self.spelled[offset] = _offset(offset)
        return _local_iso(moment) + self.spelled[offset]


def _local_iso(moment: datetime) -> str:
    """``2027-01-05T08:00:00``; strftime would take four times as long."""
    if moment.year < 1000:  # strftime leaves such years unpadded
        return f"{moment:%Y-%m-%dT%H:%M:%S}"
    return moment.replace(tzinfo=None, microsecond=0).isoformat()


def _us_date(moment: datetime) -> str:
    """``03/26/2027``, as ``%m/%d/%Y`` writes it."""
    if moment.year < 1000:
        return f"{moment:%m/%d/%Y}"
    return f"{moment.month:02}/{moment.day:02}/{moment.year}"


def _offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02}:{minutes:02}"


def _clock(moment: datetime) -> str:
    """``8:00 AM`` style times, spelled out so the machine's locale cannot change them."""
    half = "AM" if moment.hour < 12 else "PM"
    return f"{(moment.hour + 11) % 12 + 1}:{moment.minute:02} {half}"


def _csv(header: Iterable[str], rows: Iterable[Iterable[str]]) -> bytes:
    """RFC 4180 text: quotes only where needed, CRLF line ends, as spreadsheets write it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


__all__ = ["COLUMNS", "GOOGLE_COLUMNS", "calendar_csv", "google_csv", "neutralise"]
