"""Helpers shared by the tests: where the example plans are and how to read them."""

from __future__ import annotations

from pathlib import Path

from dialogplan.strategy import Strategy, parse_strategy

ROOT = Path(__file__).resolve().parent.parent
PLANS = sorted((ROOT / "plans").glob("*/strategy.yaml"))


def load_plan(path: Path) -> Strategy:
    """Parse an example strategy the way the CLI does."""
    return parse_strategy(path.read_text("utf-8"), str(path.relative_to(ROOT)))
