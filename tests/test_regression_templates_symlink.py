"""A templates folder, or a template in it, could lead out of the strategy's folder by a link."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dialogplan.errors import StrategyError
from dialogplan.strategy import parse_strategy
from flows.files import read_overrides
from tests.support import PLANS


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """An example strategy in a folder of its own, with `templates: mine`, and a folder outside."""
    folder = tmp_path / "client"
    folder.mkdir()
    path = folder / "strategy.yaml"
    shutil.copy(PLANS[0], path)
    path.write_text(path.read_text("utf-8") + "templates: mine\n", "utf-8")
    outside = tmp_path / "elsewhere" / "de"
    outside.mkdir(parents=True)
    (outside / "ask.j2").write_text("Frag etwas.", "utf-8")
    return path


def test_a_linked_templates_folder_outside_is_refused(plan: Path) -> None:
    (plan.parent / "mine").symlink_to(plan.parent.parent / "elsewhere")
    strategy = parse_strategy(plan.read_text("utf-8"), str(plan))
    with pytest.raises(StrategyError) as caught:
        read_overrides(strategy, plan)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line) == ("templates", strategy_line(plan))
    assert "out of the strategy's folder" in problem.message


def test_a_linked_template_outside_is_refused(plan: Path) -> None:
    (plan.parent / "mine" / "de").mkdir(parents=True)
    (plan.parent / "mine" / "de" / "ask.j2").symlink_to(plan.parent.parent / "elsewhere/de/ask.j2")
    strategy = parse_strategy(plan.read_text("utf-8"), str(plan))
    with pytest.raises(StrategyError) as caught:
        read_overrides(strategy, plan)
    assert "links out of the strategy's folder" in str(caught.value)


def test_a_templates_folder_inside_is_read(plan: Path) -> None:
    shutil.copytree(plan.parent.parent / "elsewhere", plan.parent / "mine")
    strategy = parse_strategy(plan.read_text("utf-8"), str(plan))
    assert read_overrides(strategy, plan) == {"de/ask.j2": "Frag etwas."}


def strategy_line(plan: Path) -> int:
    return plan.read_text("utf-8").splitlines().index("templates: mine") + 1
