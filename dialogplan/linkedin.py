"""LinkedIn's connections export, turned into a contacts file for the team to edit.

People already have their network in LinkedIn's data export ("Get a copy of your data",
Connections): a ``Connections.csv`` with a few ``Notes:`` lines, then the header
``First Name,Last Name,URL,Email Address,Company,Position,Connected On`` and one row per
connection. Each becomes a row of a contacts file (:mod:`dialogplan.contacts`):

- tier ``loose`` and channel ``linkedin``: the team sorts out who is closer;
- ``profile``: the connection's LinkedIn URL;
- ``note``: position and company, and the day the two connected
  (``Head of Operations, Nordkai Logistik; connected 2024-03-12``). Connecting is no
  conversation, so ``last_contact`` stays empty; the day is kept in the note because it helps
  to pick a tier;
- the e-mail address is left out: the contacts file has no use for it.

Rows keep the export's order (LinkedIn lists the newest connections first, the ones most
worth a closer look). A row without a name is skipped, and the same name and URL twice is
written once; both are counted. Cells a spreadsheet would run as a formula get an apostrophe
in front, which the contacts reader removes again. The output always reads back as a valid
contacts file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from dialogplan.contacts import (
    COLUMNS,
    MAX_NAME_CHARS,
    MAX_PROFILE_CHARS,
    person_key,
    web_address,
)
from dialogplan.errors import ConnectionsError, Problem
from dialogplan.limits import MAX_CONTACTS, MAX_CONTACTS_BYTES, MAX_PROBLEMS_SHOWN, MAX_TEXT_CHARS
from dialogplan.spreadsheet import UnreadableError, decoded, neutralise, rows

#: The export's header, as LinkedIn writes it.
EXPORT_COLUMNS = (
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)
_NEEDED = ("first name", "last name", "url")
#: How many rows of notes may stand before the header.
MAX_NOTES_ROWS = 20

_HEADER = f"'{','.join(EXPORT_COLUMNS)}'"
_DOWNLOAD = (
    "download Connections.csv on LinkedIn: Settings, Data privacy, Get a copy of your data, "
    "Connections"
)
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_CONNECTED = re.compile(r"([0-9]{1,2}) ([A-Za-z]{3,9})\.? ([0-9]{4})")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff]")


@dataclass(frozen=True, slots=True, repr=False)
class Imported:
    """A contacts file made from an export, and what was left out of it."""

    #: The contacts file: UTF-8 with a byte order mark (so Excel shows every accent).
    data: bytes
    people: int
    #: Rows without a name.
    nameless: int
    #: Rows naming the same person (name and URL) as an earlier row.
    repeated: int

    def __repr__(self) -> str:
        return f"Imported({self.people} people, {self.nameless} nameless, {self.repeated} repeated)"


def _one_line(value: str, limit: int) -> str:
    """A cell on one line, without characters no spreadsheet shows, cut to ``limit``."""
    return " ".join(_CONTROL.sub(" ", value).split())[:limit].strip()


def _connected(value: str) -> str:
    """``12 Mar 2024`` as ``2024-03-12``; anything else as written."""
    if (match := _CONNECTED.fullmatch(value)) and (month := _MONTHS.get(match[2].casefold())):
        try:
            return date(int(match[3]), month, int(match[1])).isoformat()
        except ValueError:
            return value
    return value


class _Export:
    """Reads one export, collecting every problem instead of stopping at the first."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.seen: set[tuple[str, str, str]] = set()
        self.nameless = 0
        self.repeated = 0

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.source, "", line, message))

    def header(self, found: Iterator[tuple[int, list[str]]]) -> dict[str, int] | None:
        """Where each column stands, from the first row that names the first and last name."""
        for count, (line, cells) in enumerate(found, 1):
            names = [cell.strip().casefold() for cell in cells]
            if "first name" in names and "last name" in names:
                if missing := [c for c in _NEEDED if c not in names]:
                    shown = ", ".join(f"'{EXPORT_COLUMNS[_NEEDED.index(c)]}'" for c in missing)
                    self.problem(
                        line,
                        f"the header has no column {shown}; LinkedIn's export has {_HEADER}; "
                        f"{_DOWNLOAD}",
                    )
                    return None
                return {name: n for n, name in reversed(list(enumerate(names)))}
            if count >= MAX_NOTES_ROWS:
                break
        self.problem(
            None,
            f"is not LinkedIn's connections export: no header {_HEADER} in its first "
            f"{MAX_NOTES_ROWS} rows (LinkedIn puts a few 'Notes:' lines before it); {_DOWNLOAD}",
        )
        return None

    def row(self, line: int, cells: list[str], where: dict[str, int]) -> list[str] | None:
        """A contacts row for one connection, or None for a row left out."""
        if len(cells) > len(where):
            self.problem(
                line,
                f"holds {len(cells)} cells, but the header names {len(where)} columns; "
                "download the export again",
            )
            return None

        def cell(column: str, limit: int) -> str:
            n = where.get(column)
            return _one_line(cells[n], limit) if n is not None and n < len(cells) else ""

        first, last = cell("first name", MAX_NAME_CHARS), cell("last name", MAX_NAME_CHARS)
        name = _one_line(f"{first} {last}", MAX_NAME_CHARS)
        url = cell("url", MAX_PROFILE_CHARS)
        profile = url if web_address(url) else ""
        if not name:
            self.nameless += 1
            return None
        if (key := person_key(name, "linkedin", profile)) in self.seen:
            self.repeated += 1
            return None
        self.seen.add(key)
        work = ", ".join(p for p in (cell("position", 300), cell("company", 300)) if p)
        connected = _connected(cell("connected on", 40))
        note = "; ".join(p for p in (work, f"connected {connected}" if connected else "") if p)
        return [name, "linkedin", profile, "loose", "", "", "", "", note[:MAX_TEXT_CHARS], ""]


def contacts_from_connections(data: bytes, source: str) -> Imported:
    """A contacts file from LinkedIn's Connections.csv; :class:`ConnectionsError` otherwise.

    Every problem is reported at once, each with its line; the file's contents never
    appear in them.
    """
    export = _Export(source)
    if len(data) > MAX_CONTACTS_BYTES:
        export.problem(
            None,
            f"holds {len(data):,} bytes, more than a connections export of "
            f"{MAX_CONTACTS:,} people; {_DOWNLOAD}",
        )
        raise ConnectionsError(export.problems)
    out: list[list[str]] = []
    try:
        found = rows(decoded(data).removeprefix("\ufeff"), delimiter=",")
        where = export.header(found)
        for line, cells in found if where is not None else ():
            if len(out) >= MAX_CONTACTS:
                export.problem(line, f"holds more than {MAX_CONTACTS:,} connections")
                break
            if (row := export.row(line, cells, where or {})) is not None:
                out.append(row)
            if len(export.problems) >= MAX_PROBLEMS_SHOWN:
                break
    except UnreadableError as exc:
        export.problem(exc.line, exc.reason)
    if export.problems:
        raise ConnectionsError(export.problems)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(neutralise(row) for row in out)
    text = "\ufeff" + buffer.getvalue()
    return Imported(text.encode("utf-8"), len(out), export.nameless, export.repeated)
