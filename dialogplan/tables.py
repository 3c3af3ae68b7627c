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

``google-calendar.csv`` follows Google Calendar's import format: Subject, Start Date and End Date
(MM/DD/YYYY), Start Time and End Time (``8:00 AM``, the strategy's local time), All Day Event
(``False``), Description (the prompt), Location (the channel's label), Private (``True``).

Spreadsheet apps run cells that begin with ``=``, ``+``, ``-`` or ``@`` as formulas, so every
text cell is prefixed with an apostrophe when it starts with one of those, a tab or a carriage
return. Lines end in CRLF, as RFC 4180 and the import dialogs expect.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime, timedelta

import pandas as pd

from dialogplan.catalogue import catalogue

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
_TEXT = ("uid", "channel", "move", "goal", "topic", "title", "prompt", "follows_up")
#: OWASP's list of leading characters that make a spreadsheet cell a formula.
_FORMULA_START = "=+-@\t\r"


def neutralise(cells: pd.Series) -> pd.Series:
    """Text cells with a leading apostrophe where a spreadsheet would see a formula."""
    return pd.Series([_safe(value) for value in cells.tolist()], index=cells.index, dtype=str)


def _safe(value: object) -> str:
    """One cell as text, with an apostrophe in front if a spreadsheet would run it."""
    if not isinstance(value, str):
        value = "" if pd.isna(value) else str(value)  # type: ignore[call-overload]
    return "'" + value if value and value[0] in _FORMULA_START else value


def calendar_csv(calendar: pd.DataFrame) -> bytes:
    """Every entry with all its fields, for spreadsheets and scripts."""
    if calendar.empty:
        return _csv(COLUMNS, [])
    # Plain lists row by row: a few hundred rows are quicker in Python than through pandas.
    cells: dict[str, list[str]] = {
        column: [_safe(value) for value in calendar[column].tolist()] for column in _TEXT
    }
    cells["start"] = _iso(calendar["start"])
    cells["end"] = _iso(calendar["end"])
    cells["minutes"] = [str(value) for value in calendar["minutes"].tolist()]
    return _csv(COLUMNS, zip(*(cells[column] for column in COLUMNS), strict=True))


def google_csv(calendar: pd.DataFrame, language: str = "en") -> bytes:
    """The entries in the columns Google Calendar's CSV import reads."""
    if calendar.empty:
        return _csv(GOOGLE_COLUMNS, [])
    labels = {name: spec.label_in(language) for name, spec in catalogue().items()}
    # Wall-clock times in the plan's time zone, as Google's import reads them.
    starts = _wall_times(calendar["start"])
    ends = _wall_times(calendar["end"])
    rows = (
        (
            _safe(title),
            _us_date(start),
            _clock(start),
            _us_date(end),
            _clock(end),
            "False",
            _safe(prompt),
            _safe(labels.get(channel, channel)),
            "True",
        )
        for title, start, end, prompt, channel in zip(
            calendar["title"].tolist(),
            starts,
            ends,
            calendar["prompt"].tolist(),
            calendar["channel"].astype(str).tolist(),
            strict=True,
        )
    )
    return _csv(GOOGLE_COLUMNS, rows)


def _wall_times(stamps: pd.Series) -> list[datetime]:
    return [moment.replace(tzinfo=None) for moment in stamps.dt.to_pydatetime()]


def _iso(stamps: pd.Series) -> list[str]:
    """ISO 8601 local time with a ``+01:00`` offset, which ``%z`` would write as ``+0100``."""
    if stamps.dt.tz is None:
        raise ValueError("calendar times must carry their time zone")
    spelled: dict[timedelta | None, str] = {}
    iso = []
    for moment in stamps.dt.to_pydatetime():
        offset = moment.utcoffset()
        if offset not in spelled:
            spelled[offset] = _offset(offset or timedelta(0))
        iso.append(_local_iso(moment) + spelled[offset])
    return iso


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
