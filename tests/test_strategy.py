"""Reading a strategy: the file format is a contract with the teams who write it."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogplan import limits
from dialogplan.errors import StrategyError
from dialogplan.strategy import MAX_REMINDER, json_schema, parse_strategy

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


def _section(heading: str) -> str:
    text = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    start = text.index(heading + "\n")
    end = text.find("\n## ", start + len(heading))
    return text[start:end]


def test_readme_limits_match_the_code() -> None:
    """The limits a team reads about are the limits the loader applies."""
    strategy_limits = _section("### Limits")
    for figure in (
        f"{limits.MAX_STRATEGY_BYTES:,} bytes",
        f"| {limits.MAX_STRATEGY_NODES:,} |",
        f"{limits.MAX_STRATEGY_DEPTH} levels",
        f"{limits.MAX_TEXT_CHARS:,} characters",
        f"{limits.FIRST_YEAR} to {limits.LAST_YEAR}",
        f"{limits.MAX_MONTHS} months",
        f"the first {limits.MAX_PROBLEMS_SHOWN}",
    ):
        assert figure in strategy_limits
    template_limits = _section("## Prompts and your own templates")
    for figure in (
        limits.MAX_TEMPLATE_STEPS,
        limits.MAX_TEMPLATE_RANGE,
        limits.MAX_TEMPLATE_VALUE_CHARS,
        limits.MAX_PROMPT_CHARS,
    ):
        assert f"| {figure:,}" in template_limits


def test_schema_holds_the_limits() -> None:
    """Editors that read the schema warn about the same horizon and years as validate."""
    schema = json_schema()
    assert schema["properties"]["months"]["maximum"] == limits.MAX_MONTHS
    assert schema["properties"]["months"]["type"] == "integer"  # no null: empty is an error
    assert schema["properties"]["start"]["pattern"].startswith(f"^({limits.FIRST_YEAR}|")
    assert "pattern" in schema["properties"]["templates"]


def test_schema_offers_reminders_for_the_strategy_and_each_channel() -> None:
    """Editors accept minutes up to a week, and 'false' only on a channel."""
    schema = json_schema()
    top = schema["properties"]["reminder"]["anyOf"]
    channel = schema["$defs"]["ChannelPlan"]["properties"]["reminder"]["anyOf"]
    minutes = {"type": "integer", "minimum": 0, "maximum": MAX_REMINDER}
    assert minutes in top and minutes in channel
    assert {"type": "boolean", "const": False} in channel
    assert not any(option.get("type") == "boolean" for option in top)
