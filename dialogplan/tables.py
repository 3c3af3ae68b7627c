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
_FORMULA_START = r"^[=+\-@\t\r]"


def neutralise(cells: pd.Series) -> pd.Series:
    """Text cells with a leading apostrophe where a spreadsheet would see a formula."""
    text = cells.fillna("").astype(str)
    risky = text.str.contains(_FORMULA_START, regex=True)
    if risky.any():
        text = text.copy()
        text[risky] = "'" + text[risky]
    return text


def calendar_csv(calendar: pd.DataFrame) -> bytes:
    """Every entry with all its fields, for spreadsheets and scripts."""
    table = calendar.loc[:, list(COLUMNS)].copy()
    if table.empty:
        return _csv(table)
    for column in ("start", "end"):
        table[column] = _iso(table[column])
    for column in _TEXT:
        table[column] = neutralise(table[column])
    return _csv(table)


def google_csv(calendar: pd.DataFrame, language: str = "en") -> bytes:
    """The entries in the columns Google Calendar's CSV import reads."""
    if calendar.empty:
        return _csv(pd.DataFrame(columns=list(GOOGLE_COLUMNS)))
    labels = {name: spec.label_in(language) for name, spec in catalogue().items()}
    channel = calendar["channel"].astype(str)
    # Wall-clock times: formatting naive values is vectorised, aware ones go one by one.
    start = calendar["start"].dt.tz_localize(None)
    end = calendar["end"].dt.tz_localize(None)
    table = pd.DataFrame(
        {
            "Subject": neutralise(calendar["title"]),
            "Start Date": start.dt.strftime("%m/%d/%Y"),
            "Start Time": _clock(start),
            "End Date": end.dt.strftime("%m/%d/%Y"),
            "End Time": _clock(end),
            "All Day Event": "False",
            "Description": neutralise(calendar["prompt"]),
            "Location": neutralise(channel.map(labels).fillna(channel)),
            "Private": "True",
        },
        columns=list(GOOGLE_COLUMNS),
        index=calendar.index,
    )
    return _csv(table)


def _iso(stamps: pd.Series) -> pd.Series:
    """ISO 8601 local time with a ``+01:00`` offset, which ``%z`` would write as ``+0100``."""
    if stamps.dt.tz is None:
        raise ValueError("calendar times must carry their time zone")
    # Naive wall times format vectorised; aware ones would go one by one.
    local = stamps.dt.tz_localize(None)
    offsets = local - stamps.dt.tz_convert("UTC").dt.tz_localize(None)
    spelled = {offset: _offset(offset) for offset in offsets.unique()}
    iso: pd.Series = local.dt.strftime("%Y-%m-%dT%H:%M:%S") + offsets.map(spelled)
    return iso


def _offset(offset: pd.Timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02}:{minutes:02}"


def _clock(stamps: pd.Series) -> pd.Series:
    """``8:00 AM`` style times, spelled out so the machine's locale cannot change them."""
    hour = stamps.dt.hour
    half = pd.Series("AM", index=stamps.index).where(hour < 12, "PM")
    twelve = ((hour + 11) % 12 + 1).astype(str)
    minute = stamps.dt.minute.astype(str).str.zfill(2)
    clock: pd.Series = twelve + ":" + minute + " " + half
    return clock


def _csv(table: pd.DataFrame) -> bytes:
    text = table.to_csv(index=False, lineterminator="\r\n")
    return text.encode("utf-8")


__all__ = ["COLUMNS", "GOOGLE_COLUMNS", "calendar_csv", "google_csv", "neutralise"]
