"""Reading a strategy: the file format is a contract with the teams who write it."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogplan.errors import StrategyError
from dialogplan.strategy import json_schema, parse_strategy

INVALID = sorted((Path(__file__).parent / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_strategy_gets_exact_messages(path: Path) -> None:
    """A broken strategy is reported with file, line, field path and a suggestion."""
    with pytest.raises(StrategyError) as caught:
        parse_strategy(path.read_text("utf-8"), path.name)
    assert str(caught.value) + "\n" == path.with_suffix(".expected").read_text("utf-8")


def test_all_problems_are_reported_at_once() -> None:
    """Fixing one problem at a time is tedious, so every problem comes in one go."""
    with pytest.raises(StrategyError) as caught:
        parse_strategy((Path(__file__).parent / "invalid" / "several-problems.yaml").read_text())
    assert len(caught.value.problems) == 4


def test_example_plans_are_valid(example: object) -> None:
    """The shipped examples parse, so a new user can start from any of them."""
    assert example is not None


def test_yaml_is_loaded_safely() -> None:
    """A strategy cannot make the loader build Python objects."""
    text = "client: !!python/object/apply:os.system ['true']\n"
    with pytest.raises(StrategyError, match=r"evil\.yaml:1: client: the tag .* is not allowed"):
        parse_strategy(text, "evil.yaml")


def test_empty_file_is_reported() -> None:
    """An empty strategy file gets a message rather than a traceback."""
    with pytest.raises(StrategyError, match=r"empty\.yaml: the file is empty"):
        parse_strategy("", "empty.yaml")


def test_horizon_from_months_or_end() -> None:
    """A horizon in months ends the day before the same date months later."""
    base = Path(__file__).parent / "invalid" / "missing-horizon.yaml"
    text = base.read_text()
    assert str(parse_strategy(text + "months: 3\n").last_day) == "2027-04-03"
    assert str(parse_strategy(text + "end: 2027-02-28\n").last_day) == "2027-02-28"


def test_schema_lists_channels_for_autocompletion() -> None:
    """Editors can offer the catalogue's channel names as keys."""
    schema = json_schema()
    names = schema["properties"]["channels"]["propertyNames"]["enum"]
    assert "linkedin" in names and "facebook-group" in names
    assert "hours_per_week" in schema["required"]
