"""Mutated example strategies: validation answers with located problems, never a traceback.

Hypothesis changes the shipped examples the way careless and hostile authors do (wrong types,
impossible dates, tags, anchors, control characters, deep nesting, sizes) and checks two
promises: ``validate`` either accepts a file or lists problems that each name the file, and
whatever it accepts can be planned. Crashes found here are kept as regression tests.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogplan.errors import StrategyError
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import build

SOURCE = "fuzzed.yaml"
EXAMPLES = [
    p.read_text("utf-8")
    for p in sorted((Path(__file__).parent.parent / "plans").glob("*/strategy.yaml"))
]

#: Values a careless or hostile author writes after a key.
VALUES = [
    *("0", "-1", "1", "3", "24", "25", "1e9", "1e-300", ".inf", "-.inf", ".nan", "0x1F"),
    *("1_000", "0o17", "0b_", "._", "1:30:00", "9" * 5000, "true", "false", "yes", "null"),
    *("~", "''", '""', "2027-01-04", "2027-02-30", "2027-00-10", "0000-01-01", "0001-01-01"),
    *("9999-12-01", "9999-01-01", "9999-12-31", "2100-12-31", "1999-12-31", "2027-1-4"),
    *("2027-01-04T25:00:00", "2027-01-04T10:00:00", "2027-01-04 10:00:00+01:00"),
    *("2027-01-04T10:00:00+99:00", "0001-01-01T00:00:00", '"2027-01-04"', "'2026-01-01'"),
    *("!!int abc", "!!float abc", "!!bool maybe", "!!str 3", "!foo bar", "! bar"),
    *("!!python/object/apply:os.system ['true']", "!!binary aGk=", "!!timestamp 2027-02-30"),
    *("&a x", "*a", "[*a]", "&a [*a]", "{<<: {new: true}}", "[1, 2]", "{}", "[]", "{a: 1}"),
    *("? [a, b]", "{? [a]: b}", "America", "localtime", "Factory", "posix/Europe/Berlin"),
    *("Europe/Berlin", "UTC", "A" * 300, "/", "..", "../x", "sub/../../x", "a\\b", "C:x"),
    *("a" * 3000, "[" * 60 + "]" * 60, "{a: " * 40 + "1" + "}" * 40),
    *("x\x00y", "x\x1by", "x\x85y", "x\x7fy", "\ufeffx", "x\u2028y", "'x\ty'", "|\n  block"),
]
#: Whole lines to slip in between the strategy's own.
LINES = [
    "<<: {new: true}",
    "? [a, b]\n: c",
    "? !foo k\n: v",
    "%TAG !e! tag:example.com,2000:\n---",
    "x: &a [*a]",
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b]",
    "x: [" + ", ".join(["a"] * 11_000) + "]",
    "# " + "x" * 300_000,
    "---\nclient: second",
    "months: null",
    "end: 2027-01-01",
    "end: 9999-12-31",
    "updated: 0001-01-01T00:00:00",
    "templates: /",
    "region: DE-XX",
    "\t- tab",
    "...",
]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """An example strategy with one to three changes."""
    lines = draw(st.sampled_from(EXAMPLES)).splitlines()
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["value", "value", "text", "line", "char", "drop"]))
        if kind in ("value", "text") and ":" in lines[at]:
            value = draw(st.sampled_from(VALUES) if kind == "value" else st.text(max_size=12))
            lines[at] = lines[at].split(":", 1)[0] + ": " + value
        elif kind == "line":
            indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
            extra = draw(st.sampled_from(LINES))
            lines.insert(at, "\n".join(indent + part for part in extra.split("\n")))
        elif kind == "char":
            column = draw(st.integers(0, len(lines[at])))
            char = draw(st.characters(codec="utf-8"))
            lines[at] = lines[at][:column] + char + lines[at][column:]
        elif len(lines) > 1:
            del lines[at]
    return "\n".join(lines) + "\n"


DAYS = st.dates(date(2000, 1, 1), date(2100, 12, 31)).map(str)
#: Values of the right kind for a field, so that many planned cases get past validation.
PLAUSIBLE = {
    "start": DAYS,
    "end": DAYS,
    "from": DAYS,
    "to": DAYS,
    "until": DAYS,
    "date": DAYS,
    "months": st.integers(1, 24).map(str),
    "hours_per_week": st.floats(0.05, 80).map(lambda f: f"{f:.3g}"),
    "share": st.floats(0.01, 1).map(lambda f: f"{f:.2g}"),
    "posts_per_week": st.floats(0, 35).map(lambda f: f"{f:.2g}"),
    "max_silence_days": st.integers(1, 366).map(str),
    "min_minutes_per_week": st.integers(0, 4800).map(str),
    "new": st.sampled_from(["true", "false"]),
    "timezone": st.sampled_from(
        ["Pacific/Chatham", "Australia/Lord_Howe", "America/St_Johns", "UTC", "Asia/Kathmandu"]
    ),
    "days": st.sampled_from(["[mon, fri]", "[sun]", "[sat, sun]"]),
    "windows": st.sampled_from(['["00:00-00:30"]', '["23:00-23:59"]', '["12:00-12:20"]']),
}


@st.composite
def plausible(draw: st.DrawFn) -> str:
    """An example strategy with one or two values changed to others of the right kind."""
    lines = draw(st.sampled_from(EXAMPLES)).splitlines()
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(lines) - 1))
        key, colon, _ = lines[at].partition(":")
        values = PLAUSIBLE.get(key.strip(" -"))
        if colon and values is not None:
            lines[at] = f"{key}: {draw(values)}"
    return "\n".join(lines) + "\n"


def validated(text: str) -> Strategy | None:
    """The strategy, or None after checking that every problem is located in the file."""
    try:
        return parse_strategy(text, SOURCE)
    except StrategyError as exc:
        problems = exc.problems
    assert problems
    for problem in problems:
        assert problem.source == SOURCE
        assert problem.message.strip()
        assert problem.line is None or 1 <= problem.line <= text.count("\n") + 2
    return None


@settings(
    max_examples=2500,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_validation_answers_with_located_problems(text: str) -> None:
    validated(text)


def _short(strategy: Strategy) -> Strategy:
    """The strategy over at most six weeks, so that planning it stays quick in the suite."""
    if strategy.last_day - strategy.start <= timedelta(weeks=6):
        return strategy
    return strategy.model_copy(update={"months": 1, "end": None})


@settings(
    max_examples=200,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.one_of(plausible(), mutated()))
def test_what_validates_can_be_planned(text: str) -> None:
    strategy = validated(text)
    if strategy is not None:
        assert build(_short(strategy)).files["calendar.ics"]
