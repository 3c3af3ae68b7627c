"""YAML read with the line of every value, refusing what a hand-written file never needs.

A strategy is written by hand, so each problem has to point at the line it stands on. The
file is read event by event rather than through PyYAML's composer and constructors, which
recurse (1,000 brackets overflow the stack), expand aliases (a kilobyte of "billion laughs"
becomes millions of values) and raise bare errors on impossible dates. What a strategy never
needs is refused with its file, line and field: anchors and aliases, merge keys, keys that
are lists or mappings, tags of any kind, control characters, and more than
:mod:`dialogplan.limits` allows in bytes, values, nesting or length of one value. Reading
goes on after a refused value, so one mistake does not hide the others.
"""

from __future__ import annotations

import bisect
import re
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, NoReturn, Protocol, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from dialogplan.errors import Problem, StrategyError, did_you_mean
from dialogplan.limits import (
    MAX_STRATEGY_BYTES,
    MAX_STRATEGY_DEPTH,
    MAX_STRATEGY_NODES,
    MAX_TEXT_CHARS,
)
from dialogplan.yaml_scalars import DATE_LIKE, ScalarError, plain_value

#: A field path: keys and list positions from the top of the file.
Loc = tuple[str | int, ...]

#: Characters no editor shows and YAML does not allow: C0 and C1 controls (tab and line
#: breaks excepted), DEL, lone surrogates and the two non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_CORE_TAG = "tag:yaml.org,2002:"


class _Refused:
    """Stands for a value already reported, so validation does not report it again."""

    def __repr__(self) -> str:
        return "<refused>"


REFUSED: Any = _Refused()


@dataclass
class _Open:
    """A list or mapping being read; a mapping remembers the key whose value comes next."""

    loc: Loc
    value: dict[str, Any] | list[Any]
    key: str | None = None
    #: A list or mapping used as a key: read (to report what is inside), then dropped.
    as_key: str | None = None


#: A value that starts with "{" and goes on after the "}": a text in both registers
#: ("{Hast du|Haben Sie} Zeit?") that YAML took for a mapping.
_BRACES_FIRST = re.compile(r"^\s*(?:-\s+|[^\s:#][^:#]*:\s+)\{[^{}]*\}\s*\S")


#: A line "key: a text with: a colon", as YAML reads it: the key, then the text after it.
_KEY_AND_TEXT = re.compile(r"^\s*(?:-\s+)?([^\s:#\"'][^:#]*?):\s+(\S.*?)\s*$")


#: A line whose value opens a quote: `key: "text`, `- 'text`; the quote and the rest.
_OPENS_QUOTE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s:#"'][^:#]*?:\s+)?(["'])(.*)$""")


def _closed(quote: str, rest: str) -> bool:
    """Whether ``rest``, after an opening ``quote``, closes it (escapes aside)."""
    if quote == "'":
        return "'" in rest.replace("''", "")
    return re.search(r'(?<!\\)"', rest) is not None


def _unclosed_quote(exc: yaml.MarkedYAMLError, lines: list[str]) -> int | None:
    """The line (from 0) of a quote that never closes on its line, before the error.

    An unclosed quote shows up lines later, as "found unexpected end of stream" or "expected
    <block end>, but found '<scalar>'", and a writer looked for the fault where the message
    pointed, four lines too late (r601 writer).
    """
    if exc.context and "quoted scalar" in exc.context and exc.context_mark is not None:
        return exc.context_mark.line
    end = exc.problem_mark.line if exc.problem_mark is not None else len(lines)
    for number in range(min(end, len(lines)) - 1, -1, -1):
        found = _OPENS_QUOTE.match(lines[number])
        if found and not _closed(found[1], found[2]):
            return number
    return None


def _hint(exc: yaml.MarkedYAMLError, text: str) -> str:
    """What to write instead, where the cause is a known trap of YAML's brackets."""
    if exc.problem and "but got '?'" in exc.problem:
        # Inside [ ] and { }, YAML takes "?" as a key marker: a question there needs quotes.
        return '; a text with "?" inside [ ] or { } needs quotes, as in ["Which one fits?"]'
    mark = exc.problem_mark
    lines = text.splitlines()
    line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    # "mapping values are not allowed here" named no field and no fix (r590, r595 writers):
    # a text with ": " in it reads as a second key.
    if exc.problem and "mapping values are not allowed" in exc.problem:
        found = _KEY_AND_TEXT.match(line)
        if found:
            key, value = found[1], found[2].replace('"', '\\"')
            return (
                f'; the text of `{key}` holds ": ", which YAML reads as the start of another '
                f'field: put the whole text in quotes, as in {key}: "{value}"'
            )
    if _BRACES_FIRST.match(line):
        return '; a text that starts with { } needs quotes, as in "{Hast du|Haben Sie} Zeit?"'
    opened = _unclosed_quote(exc, lines)
    if opened is not None and (mark is None or opened < mark.line):
        return (
            f"; the quote opened on line {opened + 1} is not closed on that line, so YAML "
            "reads on to the next quote mark: close it at the end of its text"
        )
    return ""


class LocatedYAML:
    """YAML data plus the line of every key and value, addressed by field path."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: dict[Loc, int] = {}
        self.problems: list[Problem] = []
        #: Paths whose value was refused while reading; validation skips them.
        self.refused: set[Loc] = set()
        #: Paths of quoted values, so a quoted date can be told from a misspelt one.
        self.quoted: set[Loc] = set()
        self._controls: list[int] = []
        self._nodes = 0
        self.text_lines: list[str] = []

    def load(self, text: str) -> Any:
        """The data of a YAML text; every refused construct is a located problem."""
        text = self._screen(text)
        self.text_lines = text.splitlines()
        try:
            root = self._compose(yaml.parse(text, Loader=yaml.SafeLoader))
        except yaml.MarkedYAMLError as exc:
            self._report_stray_controls(text)  # a control character may be the cause
            mark = exc.problem_mark or exc.context_mark
            problem = f"not valid YAML: {exc.problem or exc}{_hint(exc, text)}"
            self._stop(mark.line + 1 if mark else None, problem)
        except yaml.YAMLError as exc:
            self._report_stray_controls(text)
            self._stop(None, f"not valid YAML: {exc}")
        self._report_stray_controls(text)
        if root is _NOTHING:
            self._stop(None, "the file is empty")
        return root

    def _stop(self, line: int | None, message: str, loc: Loc = ()) -> NoReturn:
        """End reading: what comes after cannot be read sensibly, or would cost too much."""
        raise StrategyError([*self.problems, Problem(self.source, dotted(loc), line, message)])

    def refuse(self, loc: Loc, line: int | None, message: str) -> None:
        """Report a value and keep it out of validation."""
        self.problems.append(Problem(self.source, dotted(loc), line, message))
        self.refused.add(loc)

    def _screen(self, text: str) -> str:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_STRATEGY_BYTES:
            self._stop(
                None,
                f"the file holds {size:,} bytes; a strategy may hold at most "
                f"{MAX_STRATEGY_BYTES:,} bytes",
            )
        self._controls = [m.start() for m in _CONTROL.finditer(text)]
        # Each control character becomes a visible replacement, so the YAML reader goes on
        # and the character can be reported at the field it stands in.
        return _CONTROL.sub("\ufffd", text) if self._controls else text

    def _compose(self, events: Iterable[yaml.Event]) -> Any:
        stack: list[_Open] = []
        root: Any = _NOTHING
        for event in events:
            line = _mark(event.start_mark).line + 1
            if isinstance(event, yaml.DocumentStartEvent):
                self._document(event, root, line)
            elif isinstance(event, yaml.CollectionEndEvent):
                done = stack.pop()
                root = self._attach(stack, done.value, done.as_key, root)
            elif isinstance(event, yaml.NodeEvent):
                self._count(line)
                if stack and isinstance(stack[-1].value, dict) and stack[-1].key is None:
                    opened = self._key(stack[-1], event, line)
                else:
                    opened = self._value(stack, event, line)
                    if not isinstance(opened, _Open):
                        root = self._attach(stack, opened, None, root)
                if isinstance(opened, _Open):
                    if len(stack) >= MAX_STRATEGY_DEPTH:
                        self._stop(
                            line, f"nested more than {MAX_STRATEGY_DEPTH} levels deep", opened.loc
                        )
                    stack.append(opened)
        return root

    def _document(self, event: yaml.DocumentStartEvent, root: Any, line: int) -> None:
        if root is not _NOTHING:
            self._stop(line, "holds a second YAML document ('---'); a strategy is one document")
        if event.tags:
            self.refuse((), line, "%TAG directives are not used in a strategy; remove the line")

    def _count(self, line: int) -> None:
        self._nodes += 1
        if self._nodes > MAX_STRATEGY_NODES:
            self._stop(
                line,
                f"holds more than {MAX_STRATEGY_NODES:,} values; a strategy may hold at most "
                f"{MAX_STRATEGY_NODES:,}",
            )

    def _attach(self, stack: list[_Open], value: Any, as_key: str | None, root: Any) -> Any:
        """Put a finished value into its parent; the root when there is none."""
        if not stack:
            return value
        parent = stack[-1]
        if as_key is not None:
            parent.key = as_key
        elif isinstance(parent.value, list):
            parent.value.append(value)
        else:
            assert parent.key is not None  # noqa: S101 - a value always follows its key
            parent.value[parent.key] = value
            parent.key = None
        return root

    def _key(self, parent: _Open, event: yaml.NodeEvent, line: int) -> _Open | None:
        """Read a mapping key; keys are always text, whatever they look like."""
        assert isinstance(parent.value, dict)  # noqa: S101 - only mappings have keys
        if isinstance(event, yaml.ScalarEvent):
            key = event.value
            loc = (*parent.loc, key)
        else:
            # Reported at the mapping it stands in; the stand-in key keeps its value out of
            # validation.
            key = f"<key on line {line}>"
            loc = (*parent.loc, key)
            self.problems.append(Problem(self.source, dotted(parent.loc), line, _COMPLEX_KEY))
            self.refused.add(loc)
        if key in parent.value:
            self.problems.append(Problem(self.source, dotted(loc), line, "appears twice; keep one"))
        self.lines[loc] = line
        self._marks(event, loc, line)
        if isinstance(event, yaml.ScalarEvent):
            if key == "<<" and event.implicit[0]:
                self.refuse(loc, line, _MERGE_KEY)
            self._controls_in(event, loc, line)
            parent.key = key
            return None
        if isinstance(event, yaml.AliasEvent):
            parent.key = key
            return None
        return _Open(loc, {} if isinstance(event, yaml.MappingStartEvent) else [], as_key=key)

    def _value(self, stack: list[_Open], event: yaml.NodeEvent, line: int) -> Any:
        """Read a value: a scalar's data, or a list or mapping opened for its children."""
        loc: Loc = ()
        if stack:
            parent = stack[-1]
            where = len(parent.value) if isinstance(parent.value, list) else parent.key
            assert where is not None  # noqa: S101 - a mapping's value follows its key
            loc = (*parent.loc, where)
        self.lines.setdefault(loc, line)
        self._marks(event, loc, line)
        if isinstance(event, yaml.MappingStartEvent):
            return _Open(loc, {})
        if isinstance(event, yaml.SequenceStartEvent):
            return _Open(loc, [])
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event, loc, line)
        return REFUSED  # an alias, reported by _marks

    def _marks(self, event: yaml.NodeEvent, loc: Loc, line: int) -> None:
        """Report anchors, aliases and tags: a strategy is plain data written out in full."""
        if isinstance(event, yaml.AliasEvent):
            self.refuse(loc, line, f"{_ALIASES} (found *{event.anchor})")
            return
        if event.anchor is not None:
            self.refuse(loc, line, f"{_ALIASES} (found &{event.anchor})")
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = "!!" + tag.removeprefix(_CORE_TAG) if tag.startswith(_CORE_TAG) else tag
            self.refuse(
                loc,
                line,
                f"the tag {shown!r} is not allowed: a strategy holds plain values only; "
                "write the value without it",
            )

    def _scalar(self, event: yaml.ScalarEvent, loc: Loc, line: int) -> Any:
        if loc in self.refused or self._controls_in(event, loc, line):
            return REFUSED
        if len(event.value) > MAX_TEXT_CHARS:
            self.refuse(
                loc,
                line,
                f"is {len(event.value):,} characters long; a value may have at most "
                f"{MAX_TEXT_CHARS:,}",
            )
            return REFUSED
        if event.style in ("'", '"'):
            self.quoted.add(loc)
        try:
            return plain_value(event.value, event.implicit)
        except ScalarError as exc:
            self.refuse(loc, line, str(exc))
            return REFUSED

    def _controls_in(self, event: yaml.ScalarEvent, loc: Loc, line: int) -> bool:
        """Report control characters inside a scalar at its field; True if there were any."""
        first = bisect.bisect_left(self._controls, _mark(event.start_mark).index)
        last = bisect.bisect_left(self._controls, _mark(event.end_mark).index)
        if first == last:
            return False
        self.refuse(loc, line, _CONTROL_MESSAGE)
        del self._controls[first:last]
        return True

    def _report_stray_controls(self, text: str) -> None:
        """Control characters outside any value (in comments or between fields), by line."""
        lines = sorted({text.count("\n", 0, index) + 1 for index in self._controls})
        for line in lines:
            self.problems.append(Problem(self.source, "", line, _CONTROL_MESSAGE))

    def line(self, loc: Loc) -> int | None:
        """The line of a path, or of the nearest enclosing one that has a line."""
        for end in range(len(loc), -1, -1):
            if (found := self.lines.get(loc[:end])) is not None:
                return found
        return None

    def commented_out(self, loc: Loc) -> str:
        """The comment a path's empty value was meant to be: ``- #lakedistrict``; or ""."""
        line = self.lines.get(loc)
        if line is None or not 0 < line <= len(self.text_lines):
            return ""
        found = re.match(r"^\s*(?:-\s+|[^#:]*:\s+)(#\S+)", self.text_lines[line - 1])
        return found[1] if found else ""

    def is_refused(self, loc: Loc) -> bool:
        """Whether a path, or one enclosing it, was refused while reading."""
        return any(loc[:end] in self.refused for end in range(len(loc) + 1))


class _Position(Protocol):
    """Where an event stands; PyYAML has a pure-Python and a C class for it."""

    line: int
    index: int


def _mark(mark: _Position | None) -> _Position:
    """An event's position; the parser gives every event one."""
    assert mark is not None  # noqa: S101 - PyYAML's parser marks every event
    return mark


_NOTHING = object()
_ALIASES = "anchors (&name) and aliases (*name) are not allowed: a strategy writes every value out"
_MERGE_KEY = "merge keys ('<<') are not allowed: write the fields out"
_COMPLEX_KEY = "a key must be a plain name, not a list or mapping ('? [a, b]')"
_CONTROL_MESSAGE = (
    "contains a control character (such as NUL or ESC) that editors do not show; "
    "delete it and type the text again"
)


def dotted(loc: Loc) -> str:
    """A field path as people write it: ``channels.linkedin.goals[0]``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names valid at a path, for suggesting the intended one."""
    annotation: Any = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = next(
                (f for n, f in annotation.model_fields.items() if part in (n, f.alias)), None
            )
            if field is None:
                return []
            annotation = field.annotation
        elif get_origin(annotation) in (list, dict):
            annotation = get_args(annotation)[-1]
        else:
            return []
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [f.alias or n for n, f in annotation.model_fields.items()]
    return []


def _unwrap(annotation: Any) -> Any:
    while get_origin(annotation) in (Union, types.UnionType, Annotated):
        args = [a for a in get_args(annotation) if a is not type(None)]
        annotation = args[0]
    return annotation


def problems_from(
    exc: ValidationError, located: LocatedYAML, model: type[BaseModel]
) -> Iterator[Problem]:
    """Pydantic's errors as problems people can act on, each at its line.

    Values refused while reading were reported already and are not reported again.
    """
    for error in exc.errors(include_url=False):
        loc: Loc = tuple(p for p in error["loc"] if p != "[key]")
        if located.is_refused(loc):
            continue
        # An unknown field that is a piece of text (a comma split it off) is no field to name.
        where = loc[:-1] if error["type"] == "extra_forbidden" and " " in str(loc[-1]) else loc
        yield Problem(
            located.source, dotted(where), located.line(loc), _message(error, located, loc, model)
        )


#: What to write when a comma inside ``{ }`` split a text and made its rest a field name:
#: "unknown field 'Vorstand im Urlaub'" named a field nobody had written (r396 writer).
_COMMA_IN_BRACES = (
    "{name!r} was read as a field name, because a comma inside {{ }} ends a text: one with a "
    'comma needs quotes, as in {{reason: "Stocktake, shop closed"}}'
)


def _message(error: Any, located: LocatedYAML, loc: Loc, model: type[BaseModel]) -> str:
    kind: str = error["type"]
    value = error["input"]
    if kind == "extra_forbidden":
        name = str(loc[-1])
        hint = did_you_mean(name, fields_at(model, loc[:-1]))
        if not hint and (" " in name.strip() or (value is None and not name.islower())):
            # {reason: Stocktake, shop closed}: the comma ended the text, the rest became a key
            # (with no value: {reason: Osterferien, Lehrerfortbildung}).
            return _COMMA_IN_BRACES.format(name=name)
        return f"unknown field {name!r}{hint}"
    if kind == "missing":
        return "is required but missing"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        choices = set(re.findall(r"'([^']+)'", expected))
        return f"{str(value)!r} is not one of {expected}{did_you_mean(str(value), choices)}"
    if kind.startswith(("date_", "datetime_")):
        return _date_message(kind, value, quoted=loc in located.quoted)
    message = _value_message(kind, value, error["msg"].removeprefix("Value error, "))
    if value is None and (comment := located.commented_out(loc)):
        message += f'; write "{comment}" in quotes: without them, YAML reads # as a comment'
    return message


def _date_message(kind: str, value: Any, *, quoted: bool) -> str:
    if isinstance(value, str) and quoted and DATE_LIKE.fullmatch(value):
        return f"write the date without quotes ({value}): quoted, it is text, not a date"
    shown = value.isoformat() if isinstance(value, date) else repr(value)
    if kind.startswith("datetime_"):
        return f"expected a date and time written as YYYY-MM-DDTHH:MM:SS, got {shown}"
    return f"expected a date written as YYYY-MM-DD, got {shown}"


def _value_message(kind: str, value: Any, message: str) -> str:
    if value is None:
        if kind == "string_type":
            return "expected a text, but the value is empty"
        return f"{message} (the value is empty)"
    if kind == "string_type" and isinstance(value, dict) and len(value) == 1:
        # - What's the best team day: and why?  → YAML reads "text: text" as a mapping.
        ((key, rest),) = value.items()
        # Shown as the pair YAML made of it: "YAML read it as '…'" with the user's own text
        # again told them nothing (two writers, r320 and r326).
        # Pydantic's own "Input should be a valid string" read as a library speaking (r469).
        return (
            f"expected a text, but YAML read the ': ' inside it as a key and its value ({key!r} "
            f'and {rest!r}); put the whole text in quotes, as in "{key}: {rest}"'
        )
    if isinstance(value, bool) and kind.startswith(("int_", "float_")):
        return f"expected a number, got {str(value).lower()}"
    if kind != "value_error" and isinstance(value, str | int | float):
        return f"{message} (got {value!r})"
    return message
