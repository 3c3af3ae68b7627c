"""Plain YAML values turned into Python values, without trusting PyYAML's constructors.

PyYAML builds a date as soon as a value looks like one and fails with a bare ValueError on
``2027-02-30``; it turns a 5,000-digit number into an error of its own. Here every plain value
is resolved the way YAML 1.1 resolves it (so ``true``, ``3`` and ``2027-01-04`` keep their
meaning), and every value that cannot exist becomes a message for the person who wrote it.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import yaml

from dialogplan.limits import year_problem

_RESOLVER = yaml.resolver.Resolver()
_TAG = "tag:yaml.org,2002:"
_TIMESTAMP = yaml.constructor.SafeConstructor.timestamp_regexp
_BOOLS: dict[str, bool] = yaml.constructor.SafeConstructor.bool_values
#: Digits enough for any count or share a strategy needs; longer numbers are mistakes.
_MAX_NUMBER_CHARS = 40


class ScalarError(ValueError):
    """A plain value that looks like a date or number but is none."""


def plain_value(text: str, implicit: tuple[bool, bool]) -> Any:
    """The value of an untagged scalar, typed as YAML 1.1 types it; ScalarError if impossible."""
    # PyYAML's resolver is untyped; it returns the tag as a string.
    resolved: str = _RESOLVER.resolve(yaml.ScalarNode, text, implicit)  # type: ignore[no-untyped-call]
    tag = resolved.removeprefix(_TAG)
    if tag == "null":
        return None
    if tag == "bool":
        return _BOOLS[text.lower()]
    if tag in ("int", "float"):
        return _number(tag, text)
    if tag == "timestamp":
        return timestamp(text)
    return text


def _number(tag: str, text: str) -> int | float:
    if len(text) > _MAX_NUMBER_CHARS:
        raise ScalarError(f"the number {text[:20]}… has more than {_MAX_NUMBER_CHARS} digits")
    node = yaml.ScalarNode(_TAG + tag, text)
    loader = yaml.SafeLoader("")
    try:
        value: int | float = (
            loader.construct_yaml_int(node) if tag == "int" else loader.construct_yaml_float(node)
        )
    except ValueError:  # "._" and "0b_" look like numbers to YAML's patterns, and are none
        raise ScalarError(f"{text!r} is not a number") from None
    return value


def timestamp(text: str) -> date | datetime:
    """A YAML date or date and time, checked against the calendar and the year window."""
    match = _TIMESTAMP.match(text)
    if match is None:
        raise ScalarError(f"{text!r} is not a date written as YYYY-MM-DD")
    part = match.groupdict()
    if (why := year_problem(int(part["year"]))) is not None:
        raise ScalarError(f"{text}: {why}")
    try:
        day = date(int(part["year"]), int(part["month"]), int(part["day"]))
    except ValueError:
        raise ScalarError(f"{text} is not a day in the calendar; write YYYY-MM-DD") from None
    if part["hour"] is None:
        return day
    fraction = int((part["fraction"] or "")[:6].ljust(6, "0"))
    try:
        zone = _zone(part)
        return datetime(
            day.year,
            day.month,
            day.day,
            int(part["hour"]),
            int(part["minute"]),
            int(part["second"]),
            fraction,
            tzinfo=zone,
        )
    except ValueError:
        raise ScalarError(
            f"{text} is not a time that exists; write YYYY-MM-DDTHH:MM:SS, hours 00–23"
        ) from None


def _zone(part: dict[str, str | None]) -> timezone | None:
    if part["tz_sign"]:
        delta = timedelta(hours=int(part["tz_hour"] or 0), minutes=int(part["tz_minute"] or 0))
        return timezone(-delta if part["tz_sign"] == "-" else delta)
    return UTC if part["tz"] else None


#: What looks like a date to a person, quoted or not: for messages about quoted dates.
DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}([T ].*)?")
