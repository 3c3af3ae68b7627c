"""The README is the format's contract, so it must say what the code does."""

from __future__ import annotations

import re
from pathlib import Path

from dialogplan.catalogue import catalogue
from dialogplan.moves import MOVES
from dialogplan.strategy import ChannelPlan, Goal, Strategy, Topic

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


def table(marker: str) -> list[list[str]]:
    """The rows of a README table between its start and end markers."""
    block = README.split(f"<!-- {marker}:start -->")[1].split(f"<!-- {marker}:end -->")[0]
    rows = [line.strip().strip("|").split("|") for line in block.strip().splitlines()[2:]]
    return [[cell.strip().strip("`") for cell in row] for row in rows]


def test_catalogue_table_matches_the_data_file() -> None:
    """The channel figures a reader sees are the ones dialogplan plans with."""
    documented = {row[0]: row[1:] for row in table("catalogue")}
    assert list(documented) == list(catalogue())
    for name, spec in catalogue().items():
        conv = spec.conventions
        assert documented[name] == [
            spec.label,
            spec.colour,
            f"{spec.posts_per_week:g}",
            str(spec.max_silence_days),
            str(spec.min_minutes_per_week),
            str(conv.hashtags or "none"),
            str(conv.max_length or "no limit"),
            ", ".join(spec.days),
            ", ".join(spec.windows),
        ]


def test_moves_table_matches_the_moves() -> None:
    """Time costs and dialogue weights in the README are the ones the scheduler uses."""
    documented = {row[0]: row[1:4] for row in table("moves")}
    assert list(documented) == list(MOVES)
    for name, move in MOVES.items():
        own = "yes" if move.own_post else ""
        assert documented[name] == [str(move.minutes), f"{move.dialogue:g}", own]


def test_every_strategy_field_is_documented() -> None:
    """No field of the strategy format is left for users to guess."""
    first_cells = re.findall(r"^\|([^|]+)\|", README, flags=re.MULTILINE)
    documented = {name for cell in first_cells for name in re.findall(r"`([a-z_]+)`", cell)}
    for model in (Strategy, ChannelPlan, Goal, Topic):
        for name, field in model.model_fields.items():
            assert (field.alias or name) in documented, name


def test_every_command_is_documented_with_its_options() -> None:
    """The README's command table lists every sub-command and every option it takes."""
    import argparse

    from flows.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    documented = dict(re.findall(r"^\| `dialogplan ([a-z-]+)([^`]*)`", README, flags=re.MULTILINE))
    assert set(documented) == set(commands.choices)
    for name, sub in commands.choices.items():
        options = {o for a in sub._actions for o in a.option_strings if o.startswith("--")}
        missing = {o for o in options - {"--help", "--verbose"} if o not in documented[name]}
        assert not missing, (name, missing)


def test_every_module_is_described_in_the_development_section() -> None:
    """A newcomer finds every module of the core and the flows, one line each."""
    root = Path(__file__).resolve().parent.parent
    modules = {
        p.relative_to(root).as_posix()
        for folder in ("dialogplan", "flows")
        for p in (root / folder).glob("*.py")
        if p.name != "__init__.py"
    }
    assert {row[0] for row in table("modules")} == modules


def test_places_table_matches_the_data_file() -> None:
    """What the README says about news, birthdays, meetings and groups is what the planner uses."""
    from dialogplan.places import channel_places

    documented = {row[0]: row[1:] for row in table("places")}
    assert list(documented) == list(catalogue())
    for name in catalogue():
        places = channel_places(name)
        assert documented[name] == [
            ", ".join(places.news) or "none",
            "yes" if places.birthdays else "no",
            "yes" if places.offline else "no",
            "yes" if places.supports_groups() else "no",
        ]
