"""CSV files teams keep in a spreadsheet, read row by row with every problem located.

The activity log and the contacts file are both written by hand or exported from Excel,
LibreOffice or Google Sheets, so both are read the same way:

- UTF-8, with or without a byte order mark (spreadsheets often write one).
- Comma- or semicolon-separated: the separator is whichever of the two the header line uses
  more often, so German spreadsheet exports (semicolons) work as they are.
- The first non-blank line is a header naming the columns, in any order and any case.
- Blank lines, and rows whose cells are all empty, are skipped.
- A cell holding the separator or a line break is quoted (``"…"``); a quote left open is
  reported instead of swallowing the rows after it.
- An unknown column, a missing required column or a value in a column without a header is a
  problem, so a typo in the header cannot hide a whole column.

Every problem is kept with its line, up to :data:`~dialogplan.limits.MAX_PROBLEMS_SHOWN`;
the rest are counted.
"""

from __future__ import annotations

import csv
import io
import math
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import ClassVar, Generic, TypeVar

from dialogplan.catalogue import catalogue
from dialogplan.errors import Problem, did_you_mean
from dialogplan.limits import MAX_PROBLEMS_SHOWN, year_problem

#: A header's columns, by position: a name, "" for a cell without one (values below it are
#: problems), or None for a name already reported (its values are not reported again).
Columns = list[str | None]

_T = TypeVar("_T")


def shown(value: str) -> str:
    """A cell quoted for a message, cut short: a stray quote can pull in half a file."""
    return repr(value if len(value) <= 60 else value[:57] + "...")


def calendar_day(year: str, month: str, day: str, value: str) -> date:
    """The day a cell names, checked against the years dialogplan plans in and the calendar."""
    if (why := year_problem(int(year))) is not None:
        raise ValueError(f"{shown(value)}: {why}")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"{shown(value)} is not a day in the calendar") from None


def names_of(pairs: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
    """Everything people call a thing, lower-cased, mapped to its name."""
    lookup: dict[str, str] = {}
    for name, aliases in pairs:
        for alias in (name, *aliases):
            lookup.setdefault(alias.casefold(), name)
    return lookup


def channel_names() -> dict[str, str]:
    """Catalogue channels by name, label in every language and alias, lower-cased."""
    return names_of((n, [s.label, *s.labels.values(), *s.aliases]) for n, s in catalogue().items())


#: OWASP's list of leading characters that make a spreadsheet cell a formula.
FORMULA_START = "=+-@\t\r"


def neutralise(cells: Iterable[object]) -> list[str]:
    """Text cells with a leading apostrophe where a spreadsheet would see a formula."""
    return [safe_cell(value) for value in cells]


def safe_cell(value: object) -> str:
    """One cell as text, with an apostrophe in front if a spreadsheet would run it."""
    if not isinstance(value, str):
        missing = value is None or (isinstance(value, float) and math.isnan(value))
        value = "" if missing else str(value)
    return "'" + value if value and value[0] in FORMULA_START else value


class UnreadableError(Exception):
    """CSV the reader cannot split into cells, from the given line on."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


#: What to do with a file that is not UTF-8.
SAVE_AS_UTF8 = "save it as 'CSV UTF-8' (in Excel: 'CSV UTF-8 (Comma delimited)')"


def decoded(data: bytes) -> str:
    """A file's bytes as text; :class:`UnreadableError` names the line that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableError(1, f"is UTF-16 text; {SAVE_AS_UTF8}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UnreadableError(
            line, f"is not UTF-8 text (byte {exc.start:,}); {SAVE_AS_UTF8}"
        ) from None


def rows(text: str, delimiter: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Non-blank CSV rows with the line each starts on; the separator comes from the header.

    The reader is strict: a quote left open would otherwise swallow every row after it.
    """
    if delimiter is None:
        header = next((line for line in text.splitlines() if line.strip()), "")
        delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous = 0
    try:
        for row in reader:
            line, previous = previous + 1, reader.line_num
            if any(cell.strip() for cell in row):
                yield line, row
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            reason = "a quote opened in this row is never closed; close it or remove it"
        else:
            reason = (
                f"cannot be split into cells ({exc}); put quotes around the whole cell "
                'and double every quote inside it ("")'
            )
        raise UnreadableError(previous + 1, reason) from None


class SheetReader(ABC, Generic[_T]):
    """Reads one file, collecting every problem instead of stopping at the first.

    A subclass names its columns and limits and turns one row's cells into a record.
    """

    #: Every column the file may have, in the order the docs list them.
    columns: ClassVar[tuple[str, ...]]
    #: Other names a header may give a column, lower-cased: German teams write „Kanal“.
    aliases: ClassVar[Mapping[str, str]] = {}
    required: ClassVar[tuple[str, ...]]
    #: What the file is called in messages: "log", "contacts file".
    what: ClassVar[str]
    max_bytes: ClassVar[int]
    max_rows: ClassVar[int]
    #: What to do when the file has too many rows.
    too_many_rows: ClassVar[str]
    #: Cells hold personal data: messages about the header and stray cells do not quote them.
    private: ClassVar[bool] = False

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        #: Problems past the first MAX_PROBLEMS_SHOWN, counted rather than kept.
        self.omitted = 0
        #: The header's own name of each column it names another way („Notiz“ for note):
        #: messages use it, so a team that wrote its headers in German reads them back.
        self.written: dict[str, str] = {}

    def problem(self, column: str, line: int | None, message: str) -> None:
        """Record one problem, or count it once enough are kept."""
        if len(self.problems) < MAX_PROBLEMS_SHOWN:
            self.problems.append(
                Problem(self.source, self.written.get(column, column), line, message)
            )
        else:
            self.omitted += 1

    @property
    def found(self) -> int:
        """Problems found so far, kept or counted."""
        return len(self.problems) + self.omitted

    def read(self, text: str) -> list[_T]:
        """Every record of the file, in file order; problems are collected, not raised."""
        if (size := len(text.encode("utf-8", "surrogatepass"))) > self.max_bytes:
            what = self.what
            self.problem(
                "",
                None,
                f"the {what} holds {size:,} bytes; a {what} may hold at most {self.max_bytes:,}",
            )
            return []
        records: list[_T] = []
        found = rows(text.removeprefix("\ufeff"))
        try:
            first = next(found, None)
            if first is None:
                self.problem(
                    "", None, f"the file is empty; start with a header: {','.join(self.columns)}"
                )
            elif (columns := self.header(*first)) is not None:
                self._records(columns, found, records)
        except UnreadableError as exc:
            self.problem("", exc.line, exc.reason)
        return records

    def _records(
        self, columns: Columns, found: Iterator[tuple[int, list[str]]], records: list[_T]
    ) -> None:
        """Every row after the header, up to the most a file may hold."""
        for count, (line, cells) in enumerate(found, 1):
            if count > self.max_rows:
                self.problem(
                    "",
                    line,
                    f"the {self.what} holds more than {self.max_rows:,} rows; {self.too_many_rows}",
                )
                return
            if (record := self.row(line, columns, cells)) is not None:
                records.append(record)

    @abstractmethod
    def row(self, line: int, columns: Columns, cells: list[str]) -> _T | None:
        """One record, or None when a cell in it cannot be read (the problem is recorded)."""

    def header(self, line: int, cells: list[str]) -> Columns | None:
        """The column of every cell, or None for no header at all."""
        names = [cell.strip().casefold() for cell in cells]
        names = [self.aliases.get(name, name) for name in names]
        if not set(names) & set(self.columns):
            got = (
                "the first row names none of them"
                if self.private
                else f"got {shown(', '.join(cell.strip() for cell in cells))}"
            )
            self.problem(
                "",
                line,
                f"expected a header row naming the columns ({', '.join(self.columns)}), {got}",
            )
            return None
        columns: Columns = []
        for cell, name in zip(cells, names, strict=True):
            columns.append(self._column(line, cell.strip(), name, columns))
            if columns[-1] and cell.strip().casefold() != name:
                self.written[name] = cell.strip()
        for required in self.required:
            if required not in columns:
                self.problem(required, line, "required column is missing from the header")
        return columns

    def _column(self, line: int, cell: str, name: str, before: Columns) -> str | None:
        """What one header cell names: see :data:`Columns`."""
        if not name:
            return ""
        if name in before:
            self.problem(cell, line, "column appears twice; keep one")
            return None
        if name not in self.columns:
            hint = did_you_mean(name, set(self.columns))
            hint = hint or f"; known columns: {', '.join(self.columns)}"
            self.problem(cell, line, f"unknown column {shown(cell)}{hint}")
            return None
        return name

    def values(self, line: int, columns: Columns, cells: list[str]) -> dict[str, str]:
        """A row's cells by column name, stripped; a value below no column is a problem."""
        values: dict[str, str] = {}
        cut = _cut_cells(cells)
        for n, cell in enumerate(cells):
            name = columns[n] if n < len(columns) else ""
            if n in cut and name and (before := columns[n - 1]):
                self.problem(
                    name,
                    line,
                    f"starts with a space, as if it were the rest of "
                    f"{self.written.get(before, before)} cut at the separator; put quotes "
                    f"around the whole text of {self.written.get(before, before)}, separator "
                    "and all",
                )
            if name:
                values[name] = cell.strip()
            elif name == "" and cell.strip():
                held = "a value" if self.private else shown(cell.strip())
                self.problem(
                    f"column {n + 1}",
                    line,
                    f"holds {held}, but the header names no column there; "
                    + _split_cell_hint(columns, len(cells), self.written),
                )
        return values


def _cut_cells(cells: list[str]) -> set[int]:
    """The cells that look like the rest of the one before, cut at an unquoted separator.

    "Pflegedienstleitung, früher Diakoniestation" unquoted puts " früher Diakoniestation" in
    the next column. A row written with a space after every separator is a style, not a cut.
    """
    rest = [n for n, cell in enumerate(cells) if n and cell.strip()]
    spaced = [n for n in rest if cells[n][:1].isspace() and cells[n - 1].strip()]
    return set(spaced) if 2 * len(spaced) < len(rest) else set()


#: The columns of free text, where a separator most often hides: "most often the note" sent a
#: writer whose comma was in talk_about to the wrong cell (r474 writer).
_TEXT_COLUMNS = ("note", "talk_about", "news")


def _split_cell_hint(columns: Columns, cells: int, written: Mapping[str, str]) -> str:
    """Where to look when a row has more cells than the header: a cell split by a separator.

    The columns as the file's header writes them („Notiz“, „Gesprächsthema“).
    """
    texts = [written.get(c, c) for c in _TEXT_COLUMNS if c in columns]
    if cells <= len(columns) or not texts:
        return "if a cell holds the separator, put quotes around that cell"
    where = "the " + (texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " or " + texts[-1])
    return (
        f"the row has {cells} cells where the header has {len(columns)}: a cell that holds "
        f"the separator, most often {where}, needs quotes around it"
    )
