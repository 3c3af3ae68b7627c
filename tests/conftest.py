"""Shared fixtures: the example plans, and one Prefect harness for the flow tests only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dialogplan.strategy import Strategy, parse_strategy

ROOT = Path(__file__).resolve().parent.parent
PLANS = sorted((ROOT / "plans").glob("*/strategy.yaml"))


def load_plan(path: Path) -> Strategy:
    """Parse an example strategy the way the CLI does."""
    return parse_strategy(path.read_text("utf-8"), str(path.relative_to(ROOT)))


@pytest.fixture(params=PLANS, ids=[p.parent.name for p in PLANS])
def example(request: pytest.FixtureRequest) -> Strategy:
    """Each example strategy under plans/ in turn."""
    return load_plan(request.param)


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One temporary Prefect server for the whole session; only flow tests ask for it."""
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
    )
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
